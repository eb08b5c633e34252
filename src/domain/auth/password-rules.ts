// How long a staff password may be (BSSN and NIST SP 800-63B: length over composition rules;
// the upper bound keeps PBKDF2 from being fed megabytes). The policy that applies them, with
// its messages and the list of common passwords, is src/platform/auth/password-policy.ts.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
