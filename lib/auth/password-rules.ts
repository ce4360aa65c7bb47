// Shared by the auth configuration and the forms' hints, so both always say the same.
export const minPasswordLength = 10;
export const maxPasswordLength = 128;
