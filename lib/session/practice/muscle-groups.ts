// Muscle groups for progressive muscle relaxation (after Jacobson, in the protocol of Bernstein &
// Borkovec): each group is tensed for a few seconds, then let go for much longer. The long form goes
// through sixteen groups, the short form through seven larger ones.
import type { PracticeCue, PracticeText } from './practice-script';
import { both } from './text';

export interface MuscleGroup {
  id: string;
  name: PracticeText;
  /** How to tense this group, in a way that is easy to do and easy to let go. */
  tense: PracticeText;
}

const TENSE_S = 7;
const RELEASE_S = 30;

// Release texts take turns, so the same words do not come back every half minute.
const releases: PracticeText[] = [
  both('And let go. Let the muscles go loose and soft, and notice the difference between tension and release.', 'En laat los. Laat de spieren slap en zacht worden, en merk het verschil tussen spanning en ontspanning.'),
  both('Release all at once. Let the tension flow out, and stay with the feeling of the muscles as they relax a little more.', 'Laat in één keer los. Laat de spanning wegstromen, en blijf bij het gevoel van de spieren die nog wat verder ontspannen.'),
  both('Let go completely. Nothing to do now: just notice how this part of the body feels, heavier and warmer perhaps.', 'Laat helemaal los. Je hoeft nu niets te doen: merk alleen hoe dit deel van je lichaam voelt, misschien zwaarder en warmer.'),
];

/** The two cues of one group: tense, then a longer release. */
export function tenseAndRelease(group: MuscleGroup, turn: number): PracticeCue[] {
  return [
    {
      id: `${group.id}-tense`,
      kind: 'tense',
      title: both(`${group.name.en} — tense`, `${group.name.nl} — aanspannen`),
      text: group.tense,
      durationS: TENSE_S,
    },
    {
      id: `${group.id}-release`,
      kind: 'release',
      title: both(`${group.name.en} — release`, `${group.name.nl} — ontspannen`),
      text: releases[turn % releases.length]!,
      durationS: RELEASE_S,
    },
  ];
}

export const longFormGroups: MuscleGroup[] = [
  { id: 'right-hand', name: both('Right hand and forearm', 'Rechterhand en onderarm'), tense: both('Make a fist with your right hand. Squeeze it firmly, feel the tension in your hand and forearm, and hold it.', 'Maak een vuist met je rechterhand. Knijp stevig, voel de spanning in je hand en onderarm, en houd vast.') },
  { id: 'right-arm', name: both('Right upper arm', 'Rechterbovenarm'), tense: both('Bend your right elbow and press it down into the chair, tightening the upper arm. Hold it.', 'Buig je rechterelleboog en druk hem omlaag in de stoel, zodat je bovenarm aanspant. Houd vast.') },
  { id: 'left-hand', name: both('Left hand and forearm', 'Linkerhand en onderarm'), tense: both('Now make a fist with your left hand. Squeeze it firmly and hold the tension.', 'Maak nu een vuist met je linkerhand. Knijp stevig en houd de spanning vast.') },
  { id: 'left-arm', name: both('Left upper arm', 'Linkerbovenarm'), tense: both('Bend your left elbow and press it down, tightening the upper arm. Hold it.', 'Buig je linkerelleboog en druk hem omlaag, zodat je bovenarm aanspant. Houd vast.') },
  { id: 'forehead', name: both('Forehead', 'Voorhoofd'), tense: both('Raise your eyebrows as high as they go, wrinkling your forehead. Hold it.', 'Trek je wenkbrauwen zo hoog mogelijk op, zodat je voorhoofd rimpelt. Houd vast.') },
  { id: 'eyes', name: both('Eyes and cheeks', 'Ogen en wangen'), tense: both('Squeeze your eyes shut and wrinkle your nose. Hold the tension around your eyes.', 'Knijp je ogen dicht en trek je neus op. Houd de spanning rond je ogen vast.') },
  { id: 'jaw', name: both('Mouth and jaw', 'Mond en kaak'), tense: both('Bite your teeth together gently and pull the corners of your mouth back. Hold it.', 'Zet je tanden zacht op elkaar en trek je mondhoeken naar achteren. Houd vast.') },
  { id: 'neck', name: both('Neck', 'Nek'), tense: both('Pull your chin a little toward your chest, and at the same time keep it from touching. Feel the neck work. Hold it.', 'Trek je kin iets naar je borst, maar laat hem die niet raken. Voel je nek werken. Houd vast.') },
  { id: 'shoulders', name: both('Chest, shoulders and upper back', 'Borst, schouders en bovenrug'), tense: both('Breathe in and hold it, and pull your shoulder blades back and together. Hold the tension.', 'Adem in en houd je adem vast, en trek je schouderbladen naar achteren en naar elkaar toe. Houd de spanning vast.') },
  { id: 'belly', name: both('Belly', 'Buik'), tense: both('Make your belly firm, as if someone were about to press on it. Hold it.', 'Maak je buik hard, alsof iemand erop gaat drukken. Houd vast.') },
  { id: 'right-thigh', name: both('Right thigh', 'Rechterbovenbeen'), tense: both('Stretch your right leg a little and tighten the muscles of your thigh. Hold it.', 'Strek je rechterbeen een beetje en span je bovenbeen aan. Houd vast.') },
  { id: 'right-calf', name: both('Right calf', 'Rechterkuit'), tense: both('Pull the toes of your right foot up toward you, tightening the calf. Hold it.', 'Trek de tenen van je rechtervoet naar je toe, zodat je kuit aanspant. Houd vast.') },
  { id: 'right-foot', name: both('Right foot', 'Rechtervoet'), tense: both('Point your right foot and curl the toes gently. Not too hard. Hold it.', 'Strek je rechtervoet en krul je tenen zachtjes. Niet te hard. Houd vast.') },
  { id: 'left-thigh', name: both('Left thigh', 'Linkerbovenbeen'), tense: both('Stretch your left leg a little and tighten the muscles of your thigh. Hold it.', 'Strek je linkerbeen een beetje en span je bovenbeen aan. Houd vast.') },
  { id: 'left-calf', name: both('Left calf', 'Linkerkuit'), tense: both('Pull the toes of your left foot up toward you, tightening the calf. Hold it.', 'Trek de tenen van je linkervoet naar je toe, zodat je kuit aanspant. Houd vast.') },
  { id: 'left-foot', name: both('Left foot', 'Linkervoet'), tense: both('Point your left foot and curl the toes gently. Hold it.', 'Strek je linkervoet en krul je tenen zachtjes. Houd vast.') },
];

export const shortFormGroups: MuscleGroup[] = [
  { id: 'right-arm-all', name: both('Right hand and arm', 'Rechterhand en -arm'), tense: both('Make a fist with your right hand and bend the elbow, tightening the whole arm. Hold it.', 'Maak een vuist met je rechterhand en buig je elleboog, zodat je hele arm aanspant. Houd vast.') },
  { id: 'left-arm-all', name: both('Left hand and arm', 'Linkerhand en -arm'), tense: both('Make a fist with your left hand and bend the elbow, tightening the whole arm. Hold it.', 'Maak een vuist met je linkerhand en buig je elleboog, zodat je hele arm aanspant. Houd vast.') },
  { id: 'face', name: both('Face', 'Gezicht'), tense: both('Raise your eyebrows, squeeze your eyes shut and press your lips together: tighten the whole face. Hold it.', 'Trek je wenkbrauwen op, knijp je ogen dicht en druk je lippen op elkaar: span je hele gezicht aan. Houd vast.') },
  { id: 'neck', name: both('Neck', 'Nek'), tense: both('Pull your chin a little toward your chest without touching it. Feel the neck work. Hold it.', 'Trek je kin iets naar je borst zonder die te raken. Voel je nek werken. Houd vast.') },
  { id: 'trunk', name: both('Shoulders, chest and belly', 'Schouders, borst en buik'), tense: both('Breathe in, pull your shoulders up and back, and make your belly firm. Hold it.', 'Adem in, trek je schouders op en naar achteren, en maak je buik hard. Houd vast.') },
  { id: 'right-leg-all', name: both('Right leg and foot', 'Rechterbeen en -voet'), tense: both('Stretch your right leg, tighten the thigh and pull your toes toward you. Hold it.', 'Strek je rechterbeen, span je bovenbeen aan en trek je tenen naar je toe. Houd vast.') },
  { id: 'left-leg-all', name: both('Left leg and foot', 'Linkerbeen en -voet'), tense: both('Stretch your left leg, tighten the thigh and pull your toes toward you. Hold it.', 'Strek je linkerbeen, span je bovenbeen aan en trek je tenen naar je toe. Houd vast.') },
];
