// Word lists both question readers (understand.ts and figure-questions.ts) use, kept in one place so they
// cannot drift apart. Plain English, for any story.

/** What a question calls the story's outlets: "Which newspapers…", "Do the outlets agree…". */
export const OUTLET_WORDS = String.raw`(?:outlets?|newspapers?|papers?|magazines?|weeklies|weekly|publications?|sites?|websites?|broadcasters?|channels?|news\s+(?:outlets?|sources?)|sources?|articles?|reports?|media|press|coverage)`;

/** Verbs of saying something: "Who told…", "What did she say…". */
export const SAY_VERBS = String.raw`(?:say|said|says|tell|told|claim|claimed|claims|declare|declared|comment|commented|write|wrote|tweet|tweeted|warn|warned|describe|described|call|called|quip|quipped|remark|remarked)`;

/** Verbs an outlet puts a figure with: any verb of saying, or reporting, citing, giving… */
export const REPORT_VERBS = String.raw`(?:${SAY_VERBS}|report|reported|reports|give|gave|gives|cite|cited|cites|put|puts|mention|mentioned|mentions|publish|published|quote|quoted|use|used|state|stated|carry|carried|have|had|print|printed|estimate|estimated)`;
