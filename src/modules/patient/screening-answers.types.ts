/**
 * The GraphQL shape of the screening questionnaire (screening-answers.ts): the answers
 * as read (`ScreeningAnswers`) and as given (`ScreeningAnswersInput`), field for field.
 */
import { Field, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { LIMITS, TextField, TextListField } from '../../common/input-limits';
import type { PreviousProcedure, ScreeningAnswers } from './screening-answers';

const D = {
  activeInfectionAtSite: 'Active infection (bacterial, viral, fungal) at or near the treatment site.',
  activeAcne: 'Active acne.',
  keloidTendency: 'Tendency to form keloid or hypertrophic scars.',
  immunosuppression: 'Immunosuppression (disease or medication).',
  anticoagulants: 'Takes anticoagulants or antiplatelet medication.',
  bleedingOrPlateletDisorder: 'Bleeding or platelet disorder.',
  pregnantOrBreastfeeding: 'Pregnant or breastfeeding.',
  herpesHistory: 'History of herpes simplex (cold sores) at or near the site.',
  isotretinoinLastDoseOn: 'Day of the last isotretinoin dose; null when never taken.',
  retinoidOrAcidLastUsedOn: 'Day topical retinoids or acids (AHA/BHA) were last used; null when none.',
  recentSunburnOrTanning: 'Recent sunburn or tanning of the area.',
  allergies: 'Known allergies (e.g. lidocaine); empty when none.',
  medications: 'Current medications; empty when none.',
  previousProcedures: 'Previous aesthetic procedures, with their dates; empty when none.',
};

@ObjectType('PreviousProcedure', { description: 'An aesthetic procedure the patient had before.' })
export class PreviousProcedureType implements PreviousProcedure {
  @Field({ description: 'What was done, e.g. "chemical peel" or "laser resurfacing".' })
  procedure: string;

  @Field(() => LocalDateResolver, { description: 'Day it was done.' })
  performedOn: string;
}

@ObjectType('ScreeningAnswers', { description: "The contraindication questionnaire's answers." })
export class ScreeningAnswersType implements ScreeningAnswers {
  @Field({ description: D.activeInfectionAtSite }) activeInfectionAtSite: boolean;
  @Field({ description: D.activeAcne }) activeAcne: boolean;
  @Field({ description: D.keloidTendency }) keloidTendency: boolean;
  @Field({ description: D.immunosuppression }) immunosuppression: boolean;
  @Field({ description: D.anticoagulants }) anticoagulants: boolean;
  @Field({ description: D.bleedingOrPlateletDisorder }) bleedingOrPlateletDisorder: boolean;
  @Field({ description: D.pregnantOrBreastfeeding }) pregnantOrBreastfeeding: boolean;
  @Field({ description: D.herpesHistory }) herpesHistory: boolean;
  @Field(() => LocalDateResolver, { nullable: true, description: D.isotretinoinLastDoseOn }) isotretinoinLastDoseOn: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: D.retinoidOrAcidLastUsedOn }) retinoidOrAcidLastUsedOn: string | null;
  @Field({ description: D.recentSunburnOrTanning }) recentSunburnOrTanning: boolean;
  @Field(() => [String], { description: D.allergies }) allergies: string[];
  @Field(() => [String], { description: D.medications }) medications: string[];
  @Field(() => [PreviousProcedureType], { description: D.previousProcedures }) previousProcedures: PreviousProcedureType[];
}

@InputType({ description: 'An aesthetic procedure the patient had before.' })
export class PreviousProcedureInput implements PreviousProcedure {
  @TextField(LIMITS.NAME, { description: 'What was done, e.g. "chemical peel".' })
  procedure: string;

  @TextField(LIMITS.LOCAL_DATE, { description: 'Day it was done, "YYYY-MM-DD", not after the screening.' })
  performedOn: string;
}

@InputType({ description: "The contraindication questionnaire's answers: every question is answered." })
export class ScreeningAnswersInput implements ScreeningAnswers {
  @Field({ description: D.activeInfectionAtSite }) activeInfectionAtSite: boolean;
  @Field({ description: D.activeAcne }) activeAcne: boolean;
  @Field({ description: D.keloidTendency }) keloidTendency: boolean;
  @Field({ description: D.immunosuppression }) immunosuppression: boolean;
  @Field({ description: D.anticoagulants }) anticoagulants: boolean;
  @Field({ description: D.bleedingOrPlateletDisorder }) bleedingOrPlateletDisorder: boolean;
  @Field({ description: D.pregnantOrBreastfeeding }) pregnantOrBreastfeeding: boolean;
  @Field({ description: D.herpesHistory }) herpesHistory: boolean;

  @TextField(LIMITS.LOCAL_DATE, { nullable: true, description: `${D.isotretinoinLastDoseOn} "YYYY-MM-DD", not after the screening.` })
  isotretinoinLastDoseOn: string | null;

  @TextField(LIMITS.LOCAL_DATE, { nullable: true, description: `${D.retinoidOrAcidLastUsedOn} "YYYY-MM-DD", not after the screening.` })
  retinoidOrAcidLastUsedOn: string | null;

  @Field({ description: D.recentSunburnOrTanning }) recentSunburnOrTanning: boolean;

  @TextListField(LIMITS.NAME, { description: `${D.allergies} At most 50.` })
  allergies: string[];

  @TextListField(LIMITS.NAME, { description: `${D.medications} At most 50.` })
  medications: string[];

  @Field(() => [PreviousProcedureInput], { description: `${D.previousProcedures} At most 50.` })
  previousProcedures: PreviousProcedureInput[];
}
