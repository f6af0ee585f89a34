import { Id, Int, ListOf, Nested, Num, OneOf, Text } from '../shared/response-fields';

/** What the matching service answers: ranked matches and fair meeting plans. */

/** Each factor of a match's score, 0..1. */
export class MatchFactors {
  @Num() groupFit!: number;
  @Num() keywordFit!: number;
  @Num() stars!: number;
  @Num() capacity!: number;
  @Num() price!: number;
  @Num() distance!: number;
  @Num() trackRecord!: number;
}

export class Match {
  @Id() productId!: string;
  @Id() producerId!: string;
  @Text() productName!: string;
  /** 0..1, best first. */
  @Num() score!: number;
  @Nested(() => MatchFactors) factors!: MatchFactors;
}

export class RequestMatches {
  @Id() requestId!: string;
  @Id() distributorId!: string;
  @ListOf(() => Match) matches!: Match[];
}

export class PlannedMeetingView {
  @Id() producerId!: string;
  @Id() distributorId!: string;
  /** The fair's slot number. */
  @Int() slotId!: number;
  @Int() tableNumber!: number;
  @Num() score!: number;
}

export class MeetingPlan {
  @Id() fairId!: string;
  @OneOf(['proposed', 'published']) status!: string;
  @Int() maxMeetingsPerParty!: number;
  @ListOf(() => PlannedMeetingView) meetings!: PlannedMeetingView[];
  @Num() totalScore!: number;
  @Num() greedyScore!: number;
  @Int() version!: number;
}
