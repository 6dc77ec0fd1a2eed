import { ValidationError, ValidationPipe } from '@nestjs/common';
import { InputError } from './app-error';

function firstFailure(errors: ValidationError[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.values(error.constraints ?? {});
    if (constraints.length > 0) return { field, message: constraints[0] };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Validates every @Args class with class-validator. The first failure becomes a
 * BAD_USER_INPUT error whose `field` is the dotted path (e.g. `input.email`).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const failure = firstFailure(errors) ?? { field: 'input', message: 'is invalid' };
      const message = failure.message.startsWith(failure.field.split('.').pop() ?? '')
        ? failure.message
        : `${failure.field}: ${failure.message}`;
      return new InputError(failure.field, message);
    },
  });
}
