import { Art } from './art';

/** Licence terms: a page of text with a seal (our own drawing). */
export function LicenseArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="168" r="118" />
      <rect className="art-paper art-outline" x="92" y="70" width="136" height="180" rx="12" />
      <path className="art-line-thin" d="M114 104h92M114 126h92M114 148h80M114 170h92M114 192h60" />
      <circle className="art-brand" cx="214" cy="224" r="30" />
      <path className="art-line-paper" style={{ strokeWidth: 6 }} d="M201 224l9 9 17-18" />
      <circle className="art-teal" cx="86" cy="252" r="8" />
    </Art>
  );
}
