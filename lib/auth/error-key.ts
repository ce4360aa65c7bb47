/** The message key (under `auth.errors`) for what the auth endpoint answered. */
export type AuthErrorKey =
  | 'invalidCredentials'
  | 'emailTaken'
  | 'weakPassword'
  | 'passwordTooLong'
  | 'invalidEmail'
  | 'rateLimited'
  | 'network'
  | 'unknown';

export function authErrorKey(error: { status?: number; code?: string } | null | undefined): AuthErrorKey {
  if (!error) return 'unknown';
  if (error.status === 429) return 'rateLimited';
  switch (error.code) {
    case 'INVALID_EMAIL_OR_PASSWORD':
      return 'invalidCredentials';
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return 'emailTaken';
    case 'PASSWORD_TOO_SHORT':
      return 'weakPassword';
    case 'PASSWORD_TOO_LONG':
      return 'passwordTooLong';
    case 'INVALID_EMAIL':
      return 'invalidEmail';
    default:
      return error.status === undefined || error.status === 0 ? 'network' : 'unknown';
  }
}
