// The words around a quote that say who spoke and to whom.

/** Verbs of speaking, as they appear next to a quote or a claim. */
export const SPEECH_VERBS: readonly string[] = `said says say saying told tells tell telling added adds adding continued continues explained explains
  wrote writes declared declares commented comments reported reports described describes describing quoted quotes insisted insists
  claimed claims warned warns warning stated states announced announces noted notes wondered wonders asked asks replied replies
  tweeted tweets posted admitted admits argued argues recalled recalls recounted acknowledged confirmed confirms conceded urged urges
  suggested remarked boasted joked shouted called calls calling hailed dubbed branded termed labeled labelled quipped vowed pledged predicted stressed
  emphasised emphasized observed cautioned agreed revealed reveals`.split(/\s+/);

/** Verbs of speaking (and "according to"), as they appear next to a quote. */
export const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')}|according to)\\b`, 'gi');

/** Outlet-like names: the source an outlet credits ("told The Post", "in the Washington Post"). */
export const OUTLET_WORD =
  /\b(?:Post|Times|FT|News|Journal|Guardian|Telegraph|Mail|Star|Sun|BBC|CNN|Radio|TV|Television|Herald|Tribune|Gazette|Agency|Press|Reuters|AFP|AP|Insider|Independent|Express|Mirror|Economist|Bloomberg|Politico|Axios|NPR|Sky|ITV|Channel|Fox|NBC|ABC|CBS|MSNBC|Jazeera|Pravda|Interfax|TASS|RIA|Spiegel|Bild|Zeitung|Monde|Figaro|Twitter|Telegram|Facebook|Instagram|YouTube|TikTok|Chronicle|Courier|Observer|Standard|Record|Review|Magazine|Weekly|Daily|Today|Wire|Broadcasting|Podcast|Bulletin|Dispatch|Examiner|Inquirer|Sentinel|Globe|Leader|Echo|Advertiser|Ledger|Register|Enquirer|Argus)\b/;

/** Words that refer back to an outlet named earlier. */
export const OUTLET_BACKREF = /^(?:the\s+)?(?:newspaper|paper|daily|broadcaster|outlet|publication|agency|magazine|network|station|site|website)$/i;

const NAME_RUN = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+(?:of\s+|the\s+|and\s+)?[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*)*(?:(?:’s|'s)\s+[\p{Ll}]+(?:\s+[\p{Ll}]+)?\s+(?:show|programme|program|podcast|broadcast))?`;
const TOLD_TO = new RegExp(
  String.raw`^(?:\s*(?:,\s*)?(?:to|before|in an interview with|in|on|for|via|with))?\s*(${NAME_RUN}|(?:the\s+)?(?:newspaper|paper|broadcaster|outlet|publication|agency|magazine|network|station))`,
  'u',
);

/**
 * The source named right after a verb of telling: "told The Post", "declared before The Financial
 * Times", "describes the events in the newspaper", "commented on Twitter". Returns it as written.
 */
export function sourceAfterVerb(verb: string, rest: string): string | undefined {
  const v = verb.toLowerCase();
  let text = rest;
  if (/^(?:describes|described|said|says|say|wrote|writes|reported|commented|comments|posted|tweeted)$/.test(v)) {
    // Only "… in/on/to <outlet>" counts here: "said the fighting was over" names no source.
    const m = /\b(?:in|on|to)\s+((?:the\s+)?[\p{L}\p{N}’'&. -]+?)(?=\s+(?:that|on|in|about|,)\b|[,.;:]|$)/u.exec(text);
    if (!m) return undefined;
    text = m[0];
  }
  const m = TOLD_TO.exec(text);
  if (!m) return undefined;
  const source = m[1].trim().replace(/[’']s$/, '');
  return isOutletLike(source) ? source : undefined;
}

/**
 * An outlet as a source, without the article the sentence puts before its title: "told the Ledger" → "Ledger". A
 * capitalised "The" is the title's own ("The Guardian", "The Post") and stays.
 */
export function outletName(written: string): string {
  return written.trim().replace(/^the\s+(?=\p{Lu})/u, '');
}

/** True for a name that looks like a news outlet or platform, or a back-reference to one. */
export function isOutletLike(name: string): boolean {
  return OUTLET_WORD.test(name.replace(/^the\s+/i, '').trim()) || OUTLET_BACKREF.test(name.trim());
}

/** "Speaking to BBC Radio 4's today show, …", "In an interview with CNN, …": a source named before the speaker. */
export function leadingSource(subject: string): { source?: string; rest: string } {
  const m = /^\s*(?:speaking|talking|writing)\s+(?:to|on|in)\s+([^,]+),\s*(.*)$/i.exec(subject) ??
    /^\s*in\s+an?\s+(?:interview|conversation|statement)\s+(?:with|to)\s+([^,]+),\s*(.*)$/i.exec(subject);
  if (m && isOutletLike(m[1])) return { source: m[1].trim(), rest: m[2] };
  return { rest: subject };
}

/** Drops leading adverbials ("Meanwhile,", "In his Saturday night address,") so the subject is left. */
export function stripLeadingClauses(subject: string): string {
  let s = subject.trim();
  for (;;) {
    const next = s
      .replace(/^(?:meanwhile|however|but|and|also|then|later|earlier|separately|still|yet|now|so|indeed|instead)\b,?\s*/i, '')
      .replace(/^(?:in|on|at|during|after|before|while|when|since|speaking|asked|writing|earlier|last|this)\b[^,]{0,80},\s*/i, '');
    if (next === s) return s;
    s = next;
  }
}
