import { useRef, useState } from 'react';

import { PublicLayout } from '../../../shared/components/public-layout';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { describeProblem, type Problem } from '../../../shared/problem';
import { useLogin } from '../hooks/use-login';
import {
  isLoginField,
  validateLogin,
  type LoginField,
  type LoginFieldErrors,
  type LoginValues,
} from '../login-validation';
import type { SignedOutReason } from '../session';
import { LoginForm } from './login-form';

const NOTICES: Record<SignedOutReason, string> = {
  'signed-out': 'You have signed out.',
  expired: 'Your session has ended. Please sign in again.',
};

/** What a failed sign-in means, in the words a user expects on this page. */
export function loginProblemMessage(problem: Problem): string {
  switch (problem.kind) {
    case 'unauthenticated':
      return 'Email or password is incorrect.';
    case 'forbidden':
      return 'This account cannot sign in. Contact your administrator.';
    default:
      return describeProblem(problem);
  }
}

export function LoginPage({ signedOutReason }: { signedOutReason: SignedOutReason | null }) {
  useDocumentTitle('Sign in');
  const { login, submitting } = useLogin();
  const [values, setValues] = useState<LoginValues>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [showNotice, setShowNotice] = useState(true);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const fieldRefs: Record<LoginField, typeof emailRef> = { email: emailRef, password: passwordRef };

  const change = (field: LoginField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    // A corrected field no longer shows its old error.
    setFieldErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  };

  const submit = async () => {
    const errors = validateLogin(values);
    setFieldErrors(errors);
    setProblem(null);
    setShowNotice(false);
    const firstInvalid = (['email', 'password'] as const).find((field) => errors[field]);
    if (firstInvalid) {
      fieldRefs[firstInvalid].current?.focus();
      return;
    }

    const result = await login(values.email.trim(), values.password);
    if (result.ok) return; // the session has started; the app leaves this page

    const failure = result.problem;
    if (failure.kind === 'bad-input' && isLoginField(failure.field)) {
      setFieldErrors({ [failure.field]: describeProblem(failure) });
      fieldRefs[failure.field].current?.focus();
      return;
    }
    setProblem(failure);
    if (failure.kind === 'unauthenticated') {
      setValues((current) => ({ ...current, password: '' }));
      passwordRef.current?.focus();
    }
  };

  return (
    <PublicLayout>
      <div className="login-card">
        <h1>Sign in</h1>
        <p className="muted">Multidisciplinary tumour-board meetings</p>
        {signedOutReason && showNotice && (
          <p className="panel panel-info" role="status">
            {NOTICES[signedOutReason]}
          </p>
        )}
        {problem && (
          <ProblemPanel
            problem={problem}
            message={loginProblemMessage(problem)}
            onRetry={problem.kind === 'unreachable' ? () => void submit() : undefined}
            retrying={submitting}
          />
        )}
        <LoginForm
          values={values}
          fieldErrors={fieldErrors}
          submitting={submitting}
          emailRef={emailRef}
          passwordRef={passwordRef}
          onChange={change}
          onSubmit={() => void submit()}
        />
      </div>
    </PublicLayout>
  );
}
