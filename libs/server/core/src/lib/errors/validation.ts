import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
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
 * BAD_USER_INPUT error whose `field` is the dotted path from the argument (e.g. `input.email`).
 */
@Injectable()
export class ConsiliumValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
      exceptionFactory: (errors) => {
        const failure = firstFailure(errors) ?? { field: '', message: 'is invalid' };
        return new InputError(failure.field, failure.message);
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InputError && metadata.data) {
        const field = [metadata.data, error.field].filter(Boolean).join('.');
        throw new InputError(field, error.message);
      }
      throw error;
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ConsiliumValidationPipe();
}
