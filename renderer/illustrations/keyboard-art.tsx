import { Art } from './art';

const ROWS = [
  { y: 148, x: 56, count: 10 },
  { y: 176, x: 66, count: 9 },
  { y: 204, x: 78, count: 8 },
];

/** Keyboard pages: a keyboard. */
export function KeyboardArt() {
  return (
    <Art>
      <path className="art-line" d="M160 118c0-30 20-40 44-48s34-24 30-46" style={{ strokeWidth: 6 }} />
      <rect className="art-paper art-outline" x="32" y="118" width="256" height="152" rx="20" />
      {ROWS.map((row) =>
        Array.from({ length: row.count }, (_, i) => (
          <rect
            key={`${row.y}-${i}`}
            className={i % 4 === 1 ? 'art-brand-soft' : 'art-brand-pale'}
            x={row.x + i * 20.5}
            y={row.y}
            width="16"
            height="18"
            rx="4"
          />
        )),
      )}
      <rect className="art-brand" x="104" y="232" width="112" height="18" rx="5" />
      <rect className="art-brand-pale" x="66" y="232" width="30" height="18" rx="5" />
      <rect className="art-brand-pale" x="224" y="232" width="30" height="18" rx="5" />
    </Art>
  );
}
