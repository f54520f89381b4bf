/**
 * A plain Windows 10-era desktop behind Configuration Manager's windows: our own gradient and a
 * taskbar strip, no Microsoft artwork or logo.
 */
export function OldDesktop() {
  return (
    <div className="old-desktop" aria-hidden="true">
      <div className="old-desktop__beam" />
      <div className="old-desktop__taskbar">
        <span className="old-desktop__start" />
        <span className="old-desktop__search" />
      </div>
    </div>
  );
}
