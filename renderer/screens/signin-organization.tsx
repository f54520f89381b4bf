/** The organisation's square logo (a data: URL from the tenant's branding) and its name, above the sign-in pages. */
export function SigninOrganization({ logo, name }: { logo: string | null; name: string }) {
  return (
    <div className="signin-org">
      {logo ? <img className="signin-org__logo" src={logo} alt="" /> : null}
      <p className="signin-org__name">{name}</p>
    </div>
  );
}
