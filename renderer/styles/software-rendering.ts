/**
 * Marks the page `<html data-rendering="software">` when Chromium draws without a GPU (a training
 * VM: WebGL missing or on SwiftShader/llvmpipe), so the CSS can leave out motion that such a
 * compositor cannot keep at 60 fps (issue 16: the illustration's settle inside a cross-fading page
 * made every frame of the fade blend an offscreen copy of the whole page). Asked once, when the page
 * is idle, so the first screen does not wait for a WebGL context.
 */
export function markSoftwareRendering(doc: Document): void {
  const ask = () => {
    const gl = doc.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : '';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    if (!gl || /swiftshader|llvmpipe|software/i.test(renderer)) doc.documentElement.dataset.rendering = 'software';
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(ask, { timeout: 1_000 });
  else setTimeout(ask, 0);
}
