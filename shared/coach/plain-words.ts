import { z } from 'zod'

/**
 * The acronyms and professional jargon a family would not follow, each with what to write instead
 * (R-DS-5, R-L-1: "free from acronyms and jargon so they can be understood by the child,
 * parent/carer"). A council adds its own words through the coach's `plainWords` option; an entry
 * with the same form as one of ours replaces it.
 *
 * `say` finishes the sentence `Instead of "<what they wrote>", ...`. Acronyms ("CIN", "CiC") match only
 * as written; other words match in any case (see word-matcher.ts).
 */

const Form = z.string().trim().min(1).max(60).regex(/[\p{L}\p{N}]/u, 'a word needs a letter or a digit')

export const PlainWord = z
  .object({
    term: Form,
    /** Other spellings and inflections of the same term. */
    forms: z.array(Form).max(20).optional(),
    say: z.string().trim().min(1).max(300),
  })
  .strict()
export type PlainWord = z.infer<typeof PlainWord>

export const PlainWordList = z.array(PlainWord).max(1000)

export const PLAIN_WORDS: readonly PlainWord[] = PlainWordList.parse([
  // Acronyms
  { term: 'DV', forms: ['DA'], say: 'say what the adult does, for example "he shouts at her and grabs her arm"' },
  { term: 'CSE', forms: ['child sexual exploitation'], say: 'say plainly what adults are doing to the young person, for example "older men give her gifts and lifts and ask for sex in return"' },
  { term: 'CCE', forms: ['child criminal exploitation', 'county lines'], say: 'say what older people are making the young person do, for example "carry drugs to other towns"' },
  { term: 'CSA', say: 'say "sexual abuse", and who did what, in words the family uses' },
  { term: 'S47', forms: ['s47', 's.47', 's. 47', 'section 47', 'section 47 enquiry'], say: 'say "a child protection enquiry: social workers finding out whether a child is being hurt"' },
  { term: 'S17', forms: ['s17', 's.17', 'section 17'], say: 'say "help for a child in need"' },
  { term: 'S20', forms: ['s20', 's.20', 'section 20'], say: 'say "the child living away from home with the parents\' agreement"' },
  { term: 'CIN', say: 'say "child in need plan" and what it is for' },
  { term: 'CP', forms: ['CPP'], say: 'say "child protection plan" and what it is for' },
  { term: 'LAC', forms: ['CLA', 'CiC', 'CLA review', 'LAC review', 'looked after child', 'looked after children'], say: 'say "in care", or where the child lives, for example "living with foster carers"' },
  { term: 'ICPC', say: 'say "the child protection meeting", and give its date' },
  { term: 'RCPC', say: 'say "the child protection review meeting", and give its date' },
  { term: 'TAF', say: 'say "the family\'s support meeting", and who comes to it' },
  { term: 'FNM', say: 'say "family network meeting": the family and their friends meeting to make a plan' },
  { term: 'FGC', say: 'say "family group conference": a meeting where the family makes its own plan' },
  { term: 'PLO', forms: ['public law outline', 'pre-proceedings'], say: 'say "a meeting with the council\'s lawyers to try to avoid going to court"' },
  { term: 'care proceedings', say: 'say "a court case to decide where the children will live"' },
  { term: 'MASH', say: 'say "the team that first looks at worries about a child"' },
  { term: 'LADO', say: 'say "the council officer who looks into worries about adults who work with children"' },
  { term: 'CAMHS', say: 'say "the children\'s mental health service"' },
  { term: 'IRO', say: 'give the person\'s name and say "who checks the care plan is working"' },
  { term: 'SW', say: 'write "social worker", or better, the worker\'s name' },
  { term: 'HV', say: 'write "health visitor", or better, their name' },
  { term: 'EH', say: 'say "extra help for the family"' },
  { term: 'SGO', say: 'say "a court order so a relative can bring the child up"' },
  { term: 'EPO', say: 'say "a court order to keep the child safe straight away"' },
  { term: 'ICO', say: 'say "a court order that decides where the child lives until the court case ends"' },
  { term: 'PR', say: 'say "parental responsibility: the right to make decisions for the child"' },
  { term: 'EHCP', say: 'say "education, health and care plan", and what help it gives' },
  { term: 'SEND', forms: ['SEN'], say: 'say what help the child needs with learning' },
  { term: 'NEET', say: 'say "not in school, work or training"' },
  { term: 'MARAC', say: 'say "a meeting of police and other services to keep her safe"' },
  { term: 'MAPPA', say: 'say "police, probation and other services working together to manage the risk from him"' },
  { term: 'IDVA', say: 'say "a domestic abuse support worker", or their name' },
  { term: 'NFA', say: 'say "no further action: the police or social workers are not taking this further"' },
  { term: 'ABE', forms: ['ABE interview'], say: 'say "a video-recorded interview with the police"' },
  { term: 'NAI', forms: ['non-accidental injury'], say: 'say how the child was hurt, and by whom if it is known' },
  { term: 'CYP', say: 'say "children and young people", or the child\'s name' },
  { term: 'YOS', forms: ['YOT'], say: 'say "the youth justice team"' },
  { term: 'GCP2', forms: ['GCP'], say: 'say "a check of how the children\'s everyday needs are being met"' },
  { term: 'DSL', say: 'say "the teacher in charge of keeping children safe at school", or their name' },
  { term: 'MH', say: 'say "mental health", and what it means day to day' },
  { term: 'ACE', forms: ['adverse childhood experiences'], say: 'say what happened to the child' },
  { term: 'SoS', say: 'say "Signs of Safety", or just "our plan"' },
  // Practice jargon
  { term: 'domestic violence', forms: ['domestic abuse'], say: 'say what happens between the adults, for example "he shouts at her and pushes her"' },
  { term: 'coercive control', forms: ['coercive and controlling behaviour', 'coercive behaviour', 'coercive'], say: 'say what the person does, for example "checks her phone and stops her seeing her friends"' },
  { term: 'neglect', forms: ['neglected', 'neglectful', 'neglecting'], say: 'say what the child is going without, for example "there is often no food in the house"' },
  { term: 'non-engagement', forms: ['non-engaging', 'non-engaged', 'not engaging', 'disengaged', 'disengagement', 'failure to engage', 'failed to engage', 'lack of engagement'], say: 'say what happened, for example "missed three visits in October"' },
  { term: 'disguised compliance', say: 'say what people agreed to do and what has happened since' },
  { term: 'safeguarding concerns', forms: ['safeguarding concern', 'safeguarding issues', 'safeguarding worries'], say: 'say what you are worried might happen to the child' },
  { term: 'safeguarding', forms: ['safeguard', 'safeguarded'], say: 'say "keeping the children safe"' },
  { term: 'risk factors', forms: ['risk factor'], say: 'say what is making things harder for the family' },
  { term: 'protective factors', forms: ['protective factor'], say: 'say what is helping to keep the child safe' },
  { term: 'substance misuse', forms: ['substance abuse', 'substance use', 'substance-misusing', 'misusing substances', 'misuses substances'], say: 'say which drink or drugs, and what happens when they are used' },
  { term: 'alcohol misuse', forms: ['alcohol abuse', 'problematic alcohol use', 'misuses alcohol', 'misusing alcohol'], say: 'say how much they drink and what happens when they do' },
  { term: 'parenting capacity', forms: ['parental capacity', 'capacity to parent', 'capacity to change'], say: 'say what the parents can already do and what they cannot do yet' },
  { term: 'significant harm', say: 'say what has happened, or could happen, to the child' },
  { term: 'cumulative harm', say: 'say what keeps happening and how it adds up for the child' },
  { term: 'toxic trio', say: 'name each worry plainly: drinking or drugs, fighting at home, mental health' },
  { term: 'emotional dysregulation', forms: ['dysregulated', 'dysregulation'], say: 'say what the child does when upset, for example "screams and hits out for an hour"' },
  { term: 'multi-agency', say: 'name the people, for example "the school, the health visitor and the social worker"' },
  { term: 'statutory', forms: ['statutory services', 'statutory intervention'], say: 'say "by law", or name the service' },
  { term: 'intervention', forms: ['interventions'], say: 'say what help will be given, and by whom' },
  { term: 'placement', forms: ['placements', 'placement breakdown', 'placement move'], say: 'say where the child lives, for example "with foster carers"' },
  { term: 'respite', forms: ['respite care'], say: 'say "short breaks"' },
  { term: 'presenting needs', forms: ['presenting issues', 'presenting concerns'], say: 'say what is happening now' },
  { term: 'hard to reach', say: 'say what has been tried and what got in the way' },
  { term: 'strategy discussion', forms: ['strategy meeting'], say: 'say "a meeting where social workers, police and health decide what to do next"' },
  // Officialese with an everyday word for it
  { term: 'deemed', say: 'say "thought"' },
  { term: 'ascertain', forms: ['ascertained'], say: 'say "find out"' },
  { term: 'facilitate', forms: ['facilitated', 'facilitating'], say: 'say "help" or "arrange"' },
  { term: 'utilise', forms: ['utilised', 'utilising', 'utilize'], say: 'say "use"' },
  { term: 'commence', forms: ['commenced', 'commencing'], say: 'say "start"' },
  { term: 'prior to', say: 'say "before"' },
  { term: 'in relation to', forms: ['with regard to', 'with regards to', 'in respect of', 'regarding'], say: 'say "about"' },
])
