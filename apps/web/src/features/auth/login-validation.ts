// Checks done in the browser before anything is sent, so the user learns at once what to fix.

export interface LoginValues {
  email: string;
  password: string;
}

export type LoginField = keyof LoginValues;
export type LoginFieldErrors = Partial<Record<LoginField, string>>;

// Deliberately simple: something@something.tld, no spaces. The server has the final word.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const LOGIN_MESSAGES = {
  emailMissing: 'Enter your email address.',
  emailMalformed: 'Enter an email address in the form name@hospital.org.',
  passwordMissing: 'Enter your password.',
} as const;

export function validateLogin(values: LoginValues): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  const email = values.email.trim();
  if (email === '') errors.email = LOGIN_MESSAGES.emailMissing;
  else if (!EMAIL_PATTERN.test(email)) errors.email = LOGIN_MESSAGES.emailMalformed;
  if (values.password === '') errors.password = LOGIN_MESSAGES.passwordMissing;
  return errors;
}

export function isLoginField(field: string | undefined): field is LoginField {
  return field === 'email' || field === 'password';
}
