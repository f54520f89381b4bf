import { Art } from './art';

/** Privacy settings: a shield with a padlock, beside a list of switches. */
export function PrivacyArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="168" r="118" />
      <rect className="art-paper art-outline" x="56" y="92" width="132" height="156" rx="12" />
      <rect className="art-brand" x="74" y="116" width="36" height="18" rx="9" />
      <circle className="art-paper" cx="101" cy="125" r="6" />
      <path className="art-line-thin" d="M124 125h44" />
      <rect className="art-brand-soft" x="74" y="156" width="36" height="18" rx="9" />
      <circle className="art-paper" cx="83" cy="165" r="6" />
      <path className="art-line-thin" d="M124 165h36" />
      <rect className="art-brand" x="74" y="196" width="36" height="18" rx="9" />
      <circle className="art-paper" cx="101" cy="205" r="6" />
      <path className="art-line-thin" d="M124 205h40" />
      <path className="art-brand" d="M222 112l52 20v44c0 38-22 62-52 76-30-14-52-38-52-76v-44z" />
      <path className="art-line-paper" style={{ strokeWidth: 6 }} d="M208 176v-10a14 14 0 0 1 28 0v10" />
      <rect className="art-paper" x="198" y="174" width="48" height="36" rx="6" />
      <circle className="art-brand" cx="222" cy="190" r="5" />
      <circle className="art-teal" cx="270" cy="88" r="8" />
    </Art>
  );
}
