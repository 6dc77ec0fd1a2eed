import type { FormEvent, RefObject } from 'react';

import type { LoginField, LoginFieldErrors, LoginValues } from '../login-validation';

interface LoginFormProps {
  values: LoginValues;
  fieldErrors: LoginFieldErrors;
  submitting: boolean;
  emailRef: RefObject<HTMLInputElement | null>;
  passwordRef: RefObject<HTMLInputElement | null>;
  onChange: (field: LoginField, value: string) => void;
  onSubmit: () => void;
}

export function LoginForm({ values, fieldErrors, submitting, emailRef, passwordRef, onChange, onSubmit }: LoginFormProps) {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button stays focusable while busy (aria-disabled), so guard here instead.
    if (!submitting) onSubmit();
  };

  return (
    <form className="login-form" noValidate onSubmit={handleSubmit} aria-busy={submitting}>
      <div className={fieldErrors.email ? 'field field-invalid' : 'field'}>
        <label htmlFor="login-email">Email</label>
        <FieldError id="login-email-error" message={fieldErrors.email} />
        <input
          ref={emailRef}
          id="login-email"
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          spellCheck={false}
          value={values.email}
          onChange={(event) => onChange('email', event.target.value)}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? 'login-email-error' : undefined}
        />
      </div>
      <div className={fieldErrors.password ? 'field field-invalid' : 'field'}>
        <label htmlFor="login-password">Password</label>
        <FieldError id="login-password-error" message={fieldErrors.password} />
        <input
          ref={passwordRef}
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(event) => onChange('password', event.target.value)}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? 'login-password-error' : undefined}
        />
      </div>
      <button type="submit" className="button button-primary" aria-disabled={submitting}>
        {submitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
