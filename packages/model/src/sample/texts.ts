/**
 * Ideas residents write at district workshops, per lane ("who would carry it out?"), in the
 * plain words of the plan chapter: greeting, helping, salons, training, one-stop consultation.
 */
export const NOTE_TEXTS: Readonly<Record<string, readonly string[]>> = {
  citizen: [
    '見守り声かけを毎朝の散歩で',
    'ごみ出しのついでに一人暮らしの方に声をかける',
    '近所の高齢者の買い物を手伝う',
    '子どもの登下校の見守りに立つ',
    '地域の清掃活動に家族で参加する',
    '困ったときは「お互いさま」と言える関係をつくる',
    '認知症サポーター養成講座を受けてみる',
    '回覧板を手渡しして顔を合わせる',
    'サロンに友人を誘って参加する',
    '災害時に助けが必要な人を知っておく',
  ],
  community: [
    'サロンの送迎ボランティアを募る',
    '自治会で防災訓練と見守りを一緒に行う',
    '老人クラブと子ども会で世代間交流の場をつくる',
    '民生委員と自治会で見守りの情報を共有する',
    'NPOが空き店舗で子ども食堂を開く',
    '社会福祉法人の施設を地域の集いの場に開放する',
    '地区コミュニティ協議会で福祉の話し合いを定例化',
    '担い手不足を補うため役員の仕事を減らす',
    'ボランティアの入口として短時間の活動をつくる',
  ],
  city: [
    '相談窓口をひとつにして、たらい回しをなくす',
    '福祉の情報を広報紙とホームページでわかりやすく',
    '部局を越えて見守りの仕組みを整える',
    '地区ごとの出前講座を増やす',
    '移動が難しい人のための交通手段を考える',
    '外国籍の住民にも届くやさしい日本語の案内',
    '避難行動要支援者名簿の活用を進める',
    'ひきこもりの相談先を周知する',
  ],
  council: [
    '地区あったか会議を毎月開く',
    '福祉ボランティアの研修を休日にも開く',
    '新しい担い手を発掘する講座を開く',
    '孤立を防ぐための訪問活動を広げる',
    '成年後見など権利擁護の相談会を開く',
    'ボランティアセンターの登録を簡単にする',
    'サロン立ち上げの資金と運営を支援する',
    '活動事例をメール配信で紹介する',
  ],
};

/** Group names a facilitator gives sorted ideas, per lane. */
export const GROUP_NAMES: Readonly<Record<string, readonly string[]>> = {
  citizen: ['日々の見守り', 'ご近所の手助け', '学びと参加'],
  community: ['集いの場づくり', '担い手づくり', '団体間の連携'],
  city: ['相談と情報', '移動と暮らし', '制度の活用'],
  council: ['ボランティア育成', '孤立の予防', '権利擁護'],
};

/** Workshop themes, close to how cities title district workshops. */
export const THEMES: readonly string[] = [
  'ともに支え合う地域づくり',
  '誰もが安心して暮らせるまち',
  '地域の困りごとと私たちにできること',
  '担い手を増やすには',
  '災害に備える見守りの輪',
  'ひとりにしない地域をめざして',
];

/** Nicknames participants choose (only exported when the facilitator opts in). */
export const NICKNAMES: readonly string[] = [
  'さくら',
  'たろう',
  'はなこ',
  'けんちゃん',
  'みどり',
  'ひまわり',
  'やまちゃん',
  'ともこ',
  'しげる',
  'あおい',
  'まる',
  'ゆきこ',
];

/** Memos planners write in the 備考 column of activity records. */
export const ACTIVITY_MEMOS: readonly string[] = [
  '認知症サポーター養成講座',
  '雨天のため屋内で実施',
  '新規参加者あり',
  'オンライン併用',
  '地区社協と共催',
  '防災をテーマに実施',
  '会場: 地区公民館',
  '参加者数は概数, "受付名簿" より',
];
