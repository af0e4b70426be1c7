import { getRecordOperation } from '../common/recordOperations';
import { questionId, questionIncludes } from './questionFields';

export const getQuestion = getRecordOperation({ collection: '/questions', id: questionId, includes: questionIncludes });
