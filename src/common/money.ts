import { Field, Int, ObjectType } from 'type-graphql';
import { CurrencyResolver } from 'graphql-scalars';

/** An amount of money in integer minor units (cents) of an ISO currency; never a float. */
@ObjectType({ description: 'An amount of money: integer minor units (e.g. cents) of an ISO 4217 currency.' })
export class Money {
  @Field(() => Int, { description: 'Amount in minor units, e.g. 35000 for 350.00 USD.' })
  amount: number;

  @Field(() => CurrencyResolver, { description: 'ISO 4217 currency code, e.g. "USD".' })
  currency: string;

  @Field({ description: 'The amount formatted for display in en-US, e.g. "$350.00".' })
  get formatted(): string {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: this.currency }).format(
      this.amount / minorUnitsPerMajor(this.currency),
    );
  }

  static of(amount: number, currency: string): Money {
    return Object.assign(new Money(), { amount, currency });
  }
}

function minorUnitsPerMajor(currency: string): number {
  const digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}
