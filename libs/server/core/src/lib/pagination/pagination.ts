import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { InputError } from '../errors/app-error';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' }) endCursor!: string | null;
}

/** Cursor pagination arguments shared by every list (Relay style, forward only). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1, { message: 'first must be from 1 to 100' })
  @Max(100, { message: 'first must be from 1 to 100' })
  first = 25;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'after must be a cursor from a previous page' })
  after?: string | null;
}

/** An opaque keyset cursor: the sort value and the id of the last row of a page. */
export function encodeCursor(sortValue: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): [string | number, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string' && ['string', 'number'].includes(typeof value[0])) {
      return value as [string | number, string];
    }
  } catch {
    // fall through
  }
  throw new InputError(field, `${field} is not a cursor from a previous page`);
}
