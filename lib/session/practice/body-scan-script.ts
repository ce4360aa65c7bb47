// A body scan (as in mindfulness-based programmes and yoga nidra): attention moves slowly through the
// body, noticing without changing anything. About 12 minutes at its natural pace.
import type { PracticeCue, PracticeScript, PracticeText } from './practice-script';
import { both } from './text';

const attend = (id: string, title: PracticeText, text: PracticeText, durationS: number): PracticeCue => ({ id, kind: 'attend', title, text, durationS });

export const bodyScanScript: PracticeScript = {
  id: 'body-scan',
  cues: [
    {
      id: 'settle',
      kind: 'settle',
      title: both('Settling in', 'Rustig worden'),
      text: both(
        'Lie or sit comfortably and let your eyes close. There is nothing to achieve: you only notice what is there, and let it be.',
        'Ga gemakkelijk liggen of zitten en sluit je ogen. Er valt niets te bereiken: je merkt alleen op wat er is, en laat het zo.',
      ),
      durationS: 60,
    },
    attend('breath', both('The breath', 'De ademhaling'), both('Notice your breathing, without changing it. The air coming in, the pause, the air going out.', 'Merk je ademhaling op, zonder haar te veranderen. De lucht die binnenkomt, de pauze, de lucht die weer gaat.'), 45),
    attend('feet', both('Feet', 'Voeten'), both('Bring your attention to your feet: the toes, the soles, the heels. Warmth, coolness, touch, or nothing at all — all of it is fine.', 'Breng je aandacht naar je voeten: de tenen, de voetzolen, de hielen. Warmte, koelte, aanraking of helemaal niets — het is allemaal goed.'), 50),
    attend('lower-legs', both('Ankles and lower legs', 'Enkels en onderbenen'), both('Let your attention move up through the ankles into the calves and shins. Notice how they rest.', 'Laat je aandacht omhoog gaan door je enkels naar je kuiten en schenen. Merk hoe ze rusten.'), 50),
    attend('knees-thighs', both('Knees and thighs', 'Knieën en bovenbenen'), both('Now the knees, and the large muscles of the thighs. Let them be heavy, carried by what is under you.', 'Nu je knieën, en de grote spieren van je bovenbenen. Laat ze zwaar zijn, gedragen door wat onder je is.'), 50),
    attend('hips', both('Hips and pelvis', 'Heupen en bekken'), both('Notice your hips and pelvis, and where your body touches the floor or the chair.', 'Merk je heupen en je bekken op, en waar je lichaam de vloer of de stoel raakt.'), 45),
    attend('belly-back', both('Belly and lower back', 'Buik en onderrug'), both('Feel the belly rise and fall with the breath. Notice the lower back, and let it soften if it wants to.', 'Voel je buik op en neer gaan met de adem. Merk je onderrug op, en laat hem zachter worden als dat vanzelf gaat.'), 50),
    attend('chest-back', both('Chest and upper back', 'Borst en bovenrug'), both('Move up to the chest and the upper back. Perhaps you feel your heartbeat, perhaps the breath. Just notice.', 'Ga omhoog naar je borst en je bovenrug. Misschien voel je je hartslag, misschien je adem. Merk het alleen op.'), 50),
    attend('hands', both('Hands', 'Handen'), both('Now your hands: each finger, the palms, the backs of the hands. Tingling, warmth, stillness.', 'Nu je handen: elke vinger, de handpalmen, de ruggen van je handen. Tintelen, warmte, stilte.'), 45),
    attend('arms-shoulders', both('Arms and shoulders', 'Armen en schouders'), both('Let your attention travel up the arms to the shoulders. Shoulders often hold a lot: let them sink a little.', 'Laat je aandacht door je armen omhoog gaan naar je schouders. Schouders houden vaak veel vast: laat ze een beetje zakken.'), 50),
    attend('neck', both('Neck and throat', 'Nek en keel'), both('Notice your neck and throat. Let the head rest, with nothing to hold up.', 'Merk je nek en je keel op. Laat je hoofd rusten, zonder iets op te hoeven houden.'), 40),
    attend('face', both('Face and jaw', 'Gezicht en kaak'), both('Your face: the jaw, the lips, the cheeks, the eyes, the forehead. Let the jaw loosen and the eyes be soft.', 'Je gezicht: de kaak, de lippen, de wangen, de ogen, het voorhoofd. Laat je kaak losser worden en je ogen zacht.'), 50),
    attend('head', both('The whole head', 'Het hele hoofd'), both('The back of the head and the top of the head. Let your attention rest there for a moment.', 'Je achterhoofd en de bovenkant van je hoofd. Laat je aandacht daar even rusten.'), 40),
    {
      id: 'whole-body',
      kind: 'rest',
      title: both('The whole body', 'Het hele lichaam'),
      text: both(
        'Now feel the whole body at once, from head to feet, breathing. Rest in that.',
        'Voel nu je hele lichaam tegelijk, van hoofd tot voeten, ademend. Rust daarin.',
      ),
      durationS: 60,
    },
    {
      id: 'close',
      kind: 'close',
      title: both('Coming back', 'Terugkomen'),
      text: both(
        'Slowly let your attention widen again. Stay where you are: the rest that follows is simply resting.',
        'Laat je aandacht langzaam weer breder worden. Blijf waar je bent: de rust die volgt is gewoon rusten.',
      ),
      durationS: 30,
    },
  ],
};
