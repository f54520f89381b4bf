/**
 * The Autopilot shield with a briefcase on it (our own drawing), as a few numbers so the pages
 * that show it at different sizes draw the same shape.
 */
export interface ShieldGeometry {
  /** Centre line and top point of the shield. */
  cx: number;
  top: number;
  /** Half the width, how far the shoulders drop, and how long the straight sides are. */
  halfWidth: number;
  shoulder: number;
  side: number;
  /** From the bottom of a side to the tip, and the curve's pull (first control point down, second one in and down). */
  depth: number;
  curve: { down: number; inward: number; lower: number };
}

export interface BriefcaseGeometry {
  cx: number;
  top: number;
  width: number;
  height: number;
  radius: number;
  /** The lid's seam, below the top. */
  seam: number;
  /** The handle above the lid: its rise, corner radius, straight span and stroke. */
  handle: { rise: number; radius: number; span: number; stroke: number };
}

export function AutopilotShield({ shield: s }: { shield: ShieldGeometry }) {
  const { down, inward, lower } = s.curve;
  const w = s.halfWidth;
  const shoulders = `M${s.cx} ${s.top}l${w} ${s.shoulder}v${s.side}`;
  const right = `c0 ${down}-${inward} ${lower}-${w} ${s.depth}`;
  const left = `c-${w - inward}-${s.depth - lower}-${w}-${s.depth - down}-${w}-${s.depth}V${s.top + s.shoulder}z`;
  return (
    <>
      <path className="art-brand" d={`${shoulders}${right}${left}`} />
      <path
        className="art-brand-soft"
        d={`M${s.cx} ${s.top}v${s.shoulder + s.side + s.depth}${left}`}
        style={{ opacity: 0.35 }}
      />
    </>
  );
}

export function Briefcase({ briefcase: b }: { briefcase: BriefcaseGeometry }) {
  const { rise, radius: r, span, stroke } = b.handle;
  const left = b.cx - span / 2 - r;
  const x = b.cx - b.width / 2;
  return (
    <>
      <path
        className="art-line-paper"
        d={`M${left} ${b.top}v-${rise}a${r} ${r} 0 0 1 ${r}-${r}h${span}a${r} ${r} 0 0 1 ${r} ${r}v${rise}`}
        style={{ strokeWidth: stroke }}
      />
      <rect className="art-paper" x={x} y={b.top} width={b.width} height={b.height} rx={b.radius} />
      <path className="art-line" d={`M${x} ${b.top + b.seam}h${b.width}`} style={{ strokeWidth: 4 }} />
    </>
  );
}
