// What the sign-in and sign-up forms check before asking the server, in the app's own words (the forms
// use noValidate: the browser's bubbles would speak the browser's language, not the person's).

/** Loose on purpose: the server decides; this only catches an empty field or an obvious slip. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export type CredentialProblem = 'emailRequired' | 'invalidEmail' | 'passwordRequired';

export function checkCredentials(email: string, password: string): CredentialProblem | null {
  if (email === '') return 'emailRequired';
  if (!looksLikeEmail(email)) return 'invalidEmail';
  if (password === '') return 'passwordRequired';
  return null;
}
