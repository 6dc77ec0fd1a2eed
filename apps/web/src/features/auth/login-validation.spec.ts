import { LOGIN_MESSAGES, validateLogin } from './login-validation';

describe('validateLogin', () => {
  it('asks for a missing email and password', () => {
    expect(validateLogin({ email: '  ', password: '' })).toEqual({
      email: LOGIN_MESSAGES.emailMissing,
      password: LOGIN_MESSAGES.passwordMissing,
    });
  });

  it('rejects an email without @ or domain, accepts a normal one', () => {
    expect(validateLogin({ email: 'claire.consilium.test', password: 'x' }).email).toBe(LOGIN_MESSAGES.emailMalformed);
    expect(validateLogin({ email: 'claire@consilium', password: 'x' }).email).toBe(LOGIN_MESSAGES.emailMalformed);
    expect(validateLogin({ email: ' claire@consilium.test ', password: 'x' })).toEqual({});
  });
});
