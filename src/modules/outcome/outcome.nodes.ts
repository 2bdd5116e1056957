/** Node types of the outcome area, read like courses (course.readers.ts). */
import { NodeType } from '../../common/relay/node-type';
import { COURSE_READERS } from '../course/course.readers';
import { adverseEventById, measurementById, photoById } from './outcome.service';

export const OutcomeMeasurementNode: NodeType = {
  typename: 'OutcomeMeasurement',
  keys: 1,
  readers: COURSE_READERS,
  fetch: (ctx, [id]) => measurementById.load(ctx, id),
};
export const AdverseEventNode: NodeType = {
  typename: 'AdverseEvent',
  keys: 1,
  readers: COURSE_READERS,
  fetch: (ctx, [id]) => adverseEventById.load(ctx, id),
};
export const OutcomePhotoNode: NodeType = {
  typename: 'OutcomePhoto',
  keys: 1,
  readers: COURSE_READERS,
  fetch: (ctx, [id]) => photoById.load(ctx, id),
};
