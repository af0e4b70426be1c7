import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from '../../shared/execute/router';
import { aplautProfile } from '../transport/profile';
import { consumerOperations } from './consumer/consumer.resource';
import { exportTaskOperations } from './exportTask/exportTask.resource';
import { orderOperations } from './order/order.resource';
import { productOperations } from './product/product.resource';
import { questionOperations } from './question/question.resource';
import { questionAnswerOperations } from './questionAnswer/questionAnswer.resource';
import { reviewOperations } from './review/review.resource';
import { reviewCommentOperations } from './reviewComment/reviewComment.resource';
import { scrollOperations } from './scroll/scroll.resource';
import { surveyOperations } from './survey/survey.resource';
import { surveyResponseOperations } from './surveyResponse/surveyResponse.resource';
import { userOperations } from './user/user.resource';

export const aplautResources = {
	order: orderOperations,
	product: productOperations,
	consumer: consumerOperations,
	review: reviewOperations,
	reviewComment: reviewCommentOperations,
	question: questionOperations,
	questionAnswer: questionAnswerOperations,
	exportTask: exportTaskOperations,
	scroll: scrollOperations,
	survey: surveyOperations,
	surveyResponse: surveyResponseOperations,
	user: userOperations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, aplautProfile, aplautResources);
}
