import { deleteRecordOperation } from '../common/recordOperations';
import { questionId } from './questionFields';

export const deleteQuestion = deleteRecordOperation({ collection: '/questions', id: questionId });
