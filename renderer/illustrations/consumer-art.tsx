import { Art } from './art';

/** "How would you like to set up this device?": a person on a laptop. */
export function ConsumerArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="168" r="118" />
      <rect className="art-paper art-outline" x="64" y="100" width="192" height="128" rx="12" />
      <rect className="art-brand-pale" x="78" y="114" width="164" height="100" rx="6" />
      <circle className="art-brand" cx="160" cy="150" r="20" />
      <path className="art-brand" d="M124 214c0-24 16-38 36-38s36 14 36 38z" />
      <path className="art-brand-soft" d="M36 236h248l-16 18H52z" />
      <circle className="art-accent" cx="250" cy="84" r="9" />
    </Art>
  );
}
