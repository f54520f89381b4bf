import { Art } from './art';

/** Windows Hello: our own drawing of a face in a frame and a fingerprint's arcs (no Microsoft artwork). */
export function HelloArt({ kind }: { kind: 'face' | 'fingerprint' | 'both' | 'pin' }) {
  const face = kind === 'face' || kind === 'both';
  const finger = kind === 'fingerprint' || kind === 'both';
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="168" r="118" />
      {face || kind === 'pin' ? (
        <g transform={finger ? 'translate(-40 0)' : undefined}>
          <path className="art-line" d="M104 112v-16h16M216 112v-16h-16M104 224v16h16M216 224v16h-16" />
          {kind === 'pin' ? (
            <>
              <rect className="art-paper art-outline" x="112" y="144" width="96" height="48" rx="10" />
              {[132, 152, 172, 192].map((x) => (
                <circle key={x} className="art-brand" cx={x - 4} cy="168" r="6" />
              ))}
            </>
          ) : (
            <>
              <circle className="art-paper art-outline" cx="160" cy="168" r="44" />
              <circle className="art-brand" cx="146" cy="160" r="5" />
              <circle className="art-brand" cx="174" cy="160" r="5" />
              <path className="art-line" d="M144 184q16 12 32 0" />
            </>
          )}
        </g>
      ) : null}
      {finger ? (
        <g transform={face ? 'translate(52 0)' : undefined} className="art-line">
          <path d="M160 120a48 48 0 0 1 48 48v24" fill="none" />
          <path d="M112 200v-32a48 48 0 0 1 24-41" fill="none" />
          <path d="M136 204v-36a24 24 0 0 1 48 0v28" fill="none" />
          <path d="M160 212v-44" fill="none" />
        </g>
      ) : null}
      <circle className="art-teal" cx="270" cy="88" r="8" />
    </Art>
  );
}
