/**
 * Rules for the "Apply device name template" setting (user-driven.md §6.2): at most 15 characters,
 * letters, digits and hyphens, not all digits; %SERIAL% inserts the serial number, %RAND:x% x digits.
 */
const MACRO = /%SERIAL%|%RAND:(\d+)%/g;

/** Every rule the template breaks, as sentences naming the rule (empty when it is valid). */
export function deviceNameTemplateProblems(
  template: string,
  serialNumber: string | null,
  derivedSerialLength = 10,
): string[] {
  const serialNumberLength = serialNumber?.length ?? derivedSerialLength;
  const problems: string[] = [];
  const unknown = template.replace(MACRO, '').match(/%[^%]*%/);
  if (unknown) problems.push(`unknown macro ${unknown[0]}: only %SERIAL% and %RAND:x% are supported`);
  const literal = template.replace(MACRO, '');
  if (/[^A-Za-z0-9-]/.test(literal)) problems.push('a device name may contain only letters, digits and hyphens');
  let length = literal.length;
  for (const match of template.matchAll(MACRO)) length += match[1] ? Number(match[1]) : serialNumberLength;
  if (length > 15) problems.push(`the name would be ${length} characters long; Windows allows at most 15`);
  if (/%RAND:0+%/.test(template)) problems.push('%RAND:x% needs at least one digit');
  const serialHasNonDigits = serialNumber === null || /[^0-9]/.test(serialNumber);
  if (!/[A-Za-z-]/.test(literal) && !(template.includes('%SERIAL%') && serialHasNonDigits)) {
    problems.push('a device name cannot be all digits');
  }
  return problems;
}

/** Expands a template with the device's serial number and the given random digits. */
export function expandDeviceNameTemplate(
  template: string,
  serialNumber: string,
  randomDigits: (count: number) => string,
): string {
  return template.replace(MACRO, (_m, count: string | undefined) =>
    count ? randomDigits(Number(count)) : serialNumber,
  );
}
