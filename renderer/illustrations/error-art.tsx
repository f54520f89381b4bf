import { Art } from './art';

/** Error pages ("Something went wrong"): a window with a warning triangle in front of it. */
export function ErrorArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="168" r="118" />
      <rect className="art-paper art-outline" x="62" y="86" width="176" height="132" rx="12" />
      <path className="art-brand-soft" d="M62 98a12 12 0 0 1 12-12h152a12 12 0 0 1 12 12v14H62z" />
      <circle className="art-paper" cx="80" cy="99" r="4" />
      <circle className="art-paper" cx="94" cy="99" r="4" />
      <path className="art-line-thin" d="M86 140h84M86 160h64M86 180h74" />
      <path className="art-brand" d="M212 138c5-9 17-9 22 0l46 82c5 9-1 20-11 20h-92c-10 0-16-11-11-20z" />
      <path className="art-line-paper" d="M223 170v28" />
      <circle className="art-paper" cx="223" cy="218" r="6" />
      <circle className="art-accent" cx="56" cy="232" r="9" />
    </Art>
  );
}
