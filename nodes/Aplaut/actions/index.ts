import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/execute/router';
import { consumerDescription, consumerOperations } from './consumer/consumer.resource';
import { exportTaskDescription, exportTaskOperations } from './exportTask/exportTask.resource';
import { orderDescription, orderOperations } from './order/order.resource';
import { productDescription, productOperations } from './product/product.resource';
import { questionDescription, questionOperations } from './question/question.resource';
import { questionAnswerDescription, questionAnswerOperations } from './questionAnswer/questionAnswer.resource';
import { reviewDescription, reviewOperations } from './review/review.resource';
import { reviewCommentDescription, reviewCommentOperations } from './reviewComment/reviewComment.resource';
import { scrollDescription, scrollOperations } from './scroll/scroll.resource';
import { surveyDescription, surveyOperations } from './survey/survey.resource';
import { surveyResponseDescription, surveyResponseOperations } from './surveyResponse/surveyResponse.resource';
import { userDescription, userOperations } from './user/user.resource';

/** The node's registry: resource → its operations, as the node routes them. */
export const aplautResources: Record<string, ResourceOperations> = {
	consumer: consumerOperations,
	exportTask: exportTaskOperations,
	order: orderOperations,
	product: productOperations,
	question: questionOperations,
	questionAnswer: questionAnswerOperations,
	review: reviewOperations,
	reviewComment: reviewCommentOperations,
	scroll: scrollOperations,
	survey: surveyOperations,
	surveyResponse: surveyResponseOperations,
	user: userOperations,
};

/** Each resource's Operation selector and the fields of its operations. */
export const aplautOperationProperties: INodeProperties[] = [
	...orderDescription,
	...productDescription,
	...consumerDescription,
	...reviewDescription,
	...reviewCommentDescription,
	...questionDescription,
	...questionAnswerDescription,
	...exportTaskDescription,
	...scrollDescription,
	...surveyDescription,
	...surveyResponseDescription,
	...userDescription,
];
