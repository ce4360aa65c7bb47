// Progressive muscle relaxation, long (sixteen groups, about 15 minutes) and short (seven, about 7).
import { longFormGroups, shortFormGroups, tenseAndRelease } from './muscle-groups';
import type { PracticeCue, PracticeScript } from './practice-script';
import { both } from './text';

const settle = (durationS: number): PracticeCue => ({
  id: 'settle',
  kind: 'settle',
  title: both('Settling in', 'Rustig worden'),
  text: both(
    'Sit or lie comfortably and let your eyes close if you like. You will tense one group of muscles at a time, gently, for a few seconds, and then let it go. Tense firmly but never to the point of pain.',
    'Ga gemakkelijk zitten of liggen en sluit je ogen als je wilt. Je spant steeds één groep spieren een paar seconden aan, rustig, en laat dan los. Span stevig aan, maar nooit tot het pijn doet.',
  ),
  durationS,
});

const pause = (id: string, durationS: number): PracticeCue => ({
  id,
  kind: 'rest',
  title: both('Resting', 'Even rusten'),
  text: both(
    'Let the parts you have relaxed stay loose. Breathe easily, and notice the calm spreading.',
    'Laat de delen die je hebt ontspannen los blijven. Adem rustig, en merk hoe de rust zich verspreidt.',
  ),
  durationS,
});

const wholeBody = (durationS: number): PracticeCue => ({
  id: 'whole-body',
  kind: 'rest',
  title: both('Whole body — relaxed', 'Hele lichaam — ontspannen'),
  text: both(
    'Now let your whole body rest, from your feet to your face. If any muscle still holds some tension, let it go on the next out-breath.',
    'Laat nu je hele lichaam rusten, van je voeten tot je gezicht. Voel je ergens nog spanning, laat die dan los bij de volgende uitademing.',
  ),
  durationS,
});

const close = (durationS: number): PracticeCue => ({
  id: 'close',
  kind: 'close',
  title: both('Coming back', 'Terugkomen'),
  text: both(
    'Stay as relaxed as you are. Move your fingers and toes a little. The rest that follows is simply resting: no need to do anything.',
    'Blijf zo ontspannen als je nu bent. Beweeg je vingers en tenen een beetje. De rust die volgt is gewoon rusten: je hoeft niets te doen.',
  ),
  durationS,
});

const groupCues = (groups: typeof longFormGroups) => groups.flatMap((group, i) => tenseAndRelease(group, i));

export const pmrScript: PracticeScript = {
  id: 'pmr',
  cues: [
    settle(90),
    ...groupCues(longFormGroups.slice(0, 4)),
    pause('rest-arms', 30),
    ...groupCues(longFormGroups.slice(4, 8)),
    pause('rest-face', 30),
    ...groupCues(longFormGroups.slice(8, 10)),
    pause('rest-trunk', 30),
    ...groupCues(longFormGroups.slice(10)),
    wholeBody(150),
    close(30),
  ],
};

export const pmrShortScript: PracticeScript = {
  id: 'pmr-short',
  cues: [settle(60), ...groupCues(shortFormGroups), wholeBody(75), close(25)],
};
