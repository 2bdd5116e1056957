import { registerEnumType } from 'type-graphql';
import { SortDirection as Direction } from './keyset-page';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Direction of an ordering; ties are always broken by id in the same direction.',
  valuesConfig: { ASC: { description: 'Ascending (A to Z, oldest first).' }, DESC: { description: 'Descending.' } },
});

export function direction(value: SortDirection | null | undefined): Direction {
  return value === SortDirection.DESC ? 'DESC' : 'ASC';
}
