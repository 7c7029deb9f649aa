import type { ListedWord } from './word-matcher.js'

/**
 * Words that judge without saying what happened. Worries need "behavioural detail: who did what,
 * when, how often" (DOMAIN.md), and goals must be "behaviourally specific" (R-G-2), so each word
 * comes with the kind of detail that would make it clear.
 *
 * `say` finishes the sentence `"<what they wrote>" on its own does not say what happened: ...`.
 */
export interface VagueWord extends ListedWord {
  say: string
}

export const VAGUE_WORDS: readonly VagueWord[] = [
  { term: 'chaotic', forms: ['chaos'], say: 'say what you saw, for example "the children were up past midnight three nights this week"' },
  { term: 'unkempt', forms: ['dishevelled', 'grubby'], say: 'say what you saw, for example "came to school in the same clothes all week"' },
  { term: 'aggressive', forms: ['aggression', 'aggressively', 'aggressive behaviour'], say: 'say what the person did, for example "shouted and threw a plate"' },
  { term: 'inappropriate', forms: ['inappropriately'], say: 'say what happened and why it worried you' },
  { term: 'appropriate', forms: ['appropriately'], say: 'say what good enough looks like, for example "an adult who has not been drinking is with them"' },
  { term: 'adequate', forms: ['adequately', 'inadequate', 'inadequately'], say: 'say what is there or missing, for example "no food in the fridge on two visits"' },
  { term: 'concerns', forms: ['concern', 'concerning'], say: 'say what exactly worries you and what you saw' },
  { term: 'issues', say: 'say what the problem is and what it looks like day to day' },
  { term: 'volatile', say: 'say what happens, for example "shouts and slams doors when he has been drinking"' },
  { term: 'hostile', forms: ['hostility'], say: 'say what the person said or did' },
  { term: 'erratic', say: 'say what changes, and how often' },
  { term: 'unstable', forms: ['instability'], say: 'say what changes, and how often' },
  { term: 'at risk', forms: ['at risk of harm', 'at significant risk'], say: 'say what could happen to the child, and when' },
  { term: 'unsafe', say: 'say what could happen to the child, and why' },
  { term: 'unsuitable', say: 'say what is wrong with it' },
  { term: 'dysfunctional', say: 'say what happens at home' },
  { term: 'controlling', say: 'say what the person does, for example "checks her phone every evening"' },
  { term: 'uncooperative', forms: ['resistant'], say: 'say what was asked and what happened' },
  { term: 'risky behaviour', forms: ['risky behaviours', 'risk-taking behaviour'], say: 'say what the young person does and what could happen' },
  { term: 'challenging behaviour', forms: ['challenging behaviours', 'difficult behaviour', 'difficult behaviours', 'behavioural difficulties'], say: 'say what the child does, for example "kicks and bites when told no"' },
  { term: 'home conditions', forms: ['poor home conditions'], say: 'say what the home is like, for example "dog mess on the kitchen floor and no clean bedding"' },
  { term: 'poor hygiene', say: 'say what you saw, for example "the baby\'s nappy had not been changed all morning"' },
  { term: 'poor supervision', forms: ['lack of supervision', 'inadequate supervision'], say: 'say what happened, for example "the children were alone in the flat at 10pm"' },
  { term: 'poor attendance', say: 'say how much school was missed, for example "missed 12 days this term"' },
  { term: 'poor boundaries', forms: ['lack of boundaries', 'no boundaries'], say: 'say which rules are missing, for example "no set bedtime"' },
]
