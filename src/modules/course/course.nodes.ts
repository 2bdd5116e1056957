/** Node types of the course area, read by one rule (course.readers.ts). */
import { NodeType } from '../../common/relay/node-type';
import { COURSE_READERS } from './course.readers';
import { clearanceById, courseById, sessionById } from './course.service';

export const CourseNode: NodeType = { typename: 'Course', keys: 1, readers: COURSE_READERS, fetch: (ctx, [id]) => courseById(ctx, id) };
export const CourseSessionNode: NodeType = {
  typename: 'CourseSession',
  keys: 1,
  readers: COURSE_READERS,
  fetch: (ctx, [id]) => sessionById(ctx, id),
};
export const ClearanceNode: NodeType = {
  typename: 'Clearance',
  keys: 1,
  readers: COURSE_READERS,
  fetch: (ctx, [id]) => clearanceById(ctx, id),
};
