/**
 * How a page travels when it is shared (WhatsApp, social networks, a search result): its
 * description leads with its figures, and the pages that own figures get a 1200×630 card
 * image with the entity, the title, the date of the figures and each figure with its
 * semáforo word (never colour alone). Activities share their component's card: at thousands
 * of activities, one image each would cost more build time than it adds.
 */
import type { Catalog, Component, Plan, ReportedPeriod } from '../content/catalog';
import { SEMAPHORE_COLORS } from '../site/color';
import type { PlainDate } from '../content/dates';
import { formatDate, formatPercent } from '../i18n/format';
import { t } from '../i18n';
import { getSemaphore, type ProgressSummary, type Semaphore } from '../progress/progress';
import { getComponentPath, getPlanPath, getReportPath, getShareCardName, getShareCardPath } from '../site/routes';
import {
  type ActivitySnapshot,
  getAsOfDate,
  getComponentSnapshot,
  getCurrentPlan,
  getLatestReportedPeriod,
  getPeriodView,
  getPlanSnapshot,
  isPlanClosed,
} from '../progress/views';

/** One of a page's two figures, as its figure card reads. */
export interface HeadlineFigure {
  /** Whole percentage. */
  value: number;
  /** What the figure is, read right after it: "de ejecución del I semestre". */
  label: string;
  semaphore: Semaphore;
}

/** What a page says about itself when it is shared. */
export interface PageShare {
  /** The site path of the card image the page shows when shared. */
  image: string;
  /** Meta and og:description: the figures first, then what the page is. */
  description: string;
}

/** A card image: what it shows, and the text that stands for it. */
export interface ShareCard {
  /** The image's site path. */
  path: string;
  /** The image's name: its path under /tarjetas/, without ".png". */
  name: string;
  /** The line above the title: the plan, or the kind of page. */
  kicker: string;
  title: string;
  /** When the figures were measured: "Corte: 30 de junio de 2021". */
  date: string | undefined;
  figures: HeadlineFigure[];
  /** The card's text alternative (og:image:alt): everything it shows, in one reading. */
  alt: string;
}

type Scope = keyof typeof t.ui.progressScopes;

/**
 * A page's figures with their labels, as its figure cards show them; a figure with nothing to
 * measure (nothing programmed yet, no products) is left out.
 */
export function getHeadlineFigures(summary: ProgressSummary, periodName: string | undefined, scope: Scope): HeadlineFigure[] {
  const figures = [
    { value: summary.execution, label: periodName ? t.ui.percentExecuted(periodName) : t.ui.percentExecutedAt },
    { value: summary.progress, label: t.ui.progressScopes[scope].label },
  ];
  return figures.flatMap(({ value, label }) => (value === null ? [] : [{ value, label, semaphore: getSemaphore(value) }]));
}

/** "80 % de ejecución del I semestre · 26 % de avance global del plan", or what there is instead. */
export function formatHeadline(figures: readonly HeadlineFigure[]): string {
  if (figures.length === 0) return t.share.noFigures;
  return figures.map(({ value, label }) => `${formatPercent(value)} ${label}`).join(t.share.separator);
}

/** The figures as the card's text alternative reads them: each with its semáforo word. */
function formatHeadlineWithWords(figures: readonly HeadlineFigure[]): string {
  if (figures.length === 0) return t.share.noFigures;
  return figures
    .map(({ value, label, semaphore }) => t.share.figureWithWord(formatPercent(value), label, t.ui.semaphore[semaphore]))
    .join(t.share.separator);
}

function toCard(pagePath: string, kicker: string, title: string, date: string | undefined, figures: HeadlineFigure[]): ShareCard {
  const alt = [kicker, title, formatHeadlineWithWords(figures), date].filter(Boolean).join('. ');
  return { path: getShareCardPath(pagePath), name: getShareCardName(pagePath), kicker, title, date, figures, alt: `${alt}.` };
}

/** "Datos al 15 de julio de 2021", or the closing date of a plan that has ended. */
function toAsOfLine(plan: Plan, date: PlainDate): string {
  return isPlanClosed(plan) ? t.share.closedAt(formatDate(date)) : t.share.dataAt(formatDate(date));
}

function getPlanHeadline(plan: Plan) {
  const snapshot = getPlanSnapshot(plan, getAsOfDate(plan));
  return { date: snapshot.date, figures: getHeadlineFigures(snapshot.summary, undefined, 'plan') };
}

function getReportHeadline(period: ReportedPeriod) {
  const view = getPeriodView(period);
  return { date: view.date, figures: getHeadlineFigures(view.summary, period.nombre, 'plan') };
}

function getComponentHeadline(component: Component) {
  const snapshot = getComponentSnapshot(component, getAsOfDate(component.plan));
  return { date: snapshot.date, figures: getHeadlineFigures(snapshot.summary, undefined, 'component') };
}

/** The home page presents the current plan's latest report, or the plan itself before its first report. */
function getHomeCard(catalog: Catalog): ShareCard {
  const plan = getCurrentPlan(catalog);
  const period = plan && getLatestReportedPeriod(plan);
  if (!plan) return toCard('/', catalog.site.entidad, t.ui.siteTitle, undefined, []);
  if (!period) return toCard('/', catalog.site.entidad, plan.titulo, undefined, []);
  const { date, figures } = getReportHeadline(period);
  return toCard('/', catalog.site.entidad, plan.titulo, t.ui.cutoffLabel(formatDate(date)), figures);
}

function getPlanCard(plan: Plan): ShareCard {
  const { date, figures } = getPlanHeadline(plan);
  return toCard(getPlanPath(plan.id), t.share.planKicker, plan.titulo, toAsOfLine(plan, date), figures);
}

function getReportCard(period: ReportedPeriod): ShareCard {
  const { date, figures } = getReportHeadline(period);
  return toCard(getReportPath(period.plan.id, period.id), period.plan.titulo, period.report.titulo, t.ui.cutoffLabel(formatDate(date)), figures);
}

function getComponentCard(component: Component): ShareCard {
  const { date, figures } = getComponentHeadline(component);
  return toCard(getComponentPath(component.plan.id, component.id), component.plan.titulo, component.nombre, toAsOfLine(component.plan, date), figures);
}

/** Every card image the site publishes: the home page, and each plan with its reports and components. */
export function getShareCards(catalog: Catalog): ShareCard[] {
  return [
    getHomeCard(catalog),
    ...catalog.plans.flatMap((plan) => [getPlanCard(plan), ...plan.reportedPeriods.map(getReportCard), ...plan.components.map(getComponentCard)]),
  ];
}

const cardsByPath = new WeakMap<Catalog, Map<string, ShareCard>>();

/** The cards by their image's site path; computed once per catalog, since every page asks for its own. */
export function getShareCardsByPath(catalog: Catalog): Map<string, ShareCard> {
  let cards = cardsByPath.get(catalog);
  if (!cards) {
    cards = new Map(getShareCards(catalog).map((card) => [card.path, card]));
    cardsByPath.set(catalog, cards);
  }
  return cards;
}

export function getHomeShare(catalog: Catalog): PageShare {
  const plan = getCurrentPlan(catalog);
  const period = plan && getLatestReportedPeriod(plan);
  const intro = t.ui.homeIntro(catalog.site.entidad);
  if (!period) return { image: getShareCardPath('/'), description: intro };
  const { date, figures } = getReportHeadline(period);
  return { image: getShareCardPath('/'), description: t.share.descriptions.home(formatHeadline(figures), formatDate(date), intro) };
}

/** The card of a plan's page. */
export function getPlanCardPath(plan: Plan): string {
  return getShareCardPath(getPlanPath(plan.id));
}

export function getPlanShare(plan: Plan): PageShare {
  const { date, figures } = getPlanHeadline(plan);
  return { image: getPlanCardPath(plan), description: t.share.descriptions.plan(formatHeadline(figures), formatDate(date), plan.titulo) };
}

/** The card of a report's page. */
export function getReportCardPath(period: ReportedPeriod): string {
  return getShareCardPath(getReportPath(period.plan.id, period.id));
}

export function getReportShare(period: ReportedPeriod): PageShare {
  const { date, figures } = getReportHeadline(period);
  return {
    image: getReportCardPath(period),
    description: t.share.descriptions.report(formatHeadline(figures), formatDate(date), period.report.objetivo),
  };
}

/** The card of a component's page, which its activities' pages show too. */
export function getComponentCardPath(component: Component): string {
  return getShareCardPath(getComponentPath(component.plan.id, component.id));
}

export function getComponentShare(component: Component): PageShare {
  const { date, figures } = getComponentHeadline(component);
  return {
    image: getComponentCardPath(component),
    description: t.share.descriptions.component(formatHeadline(figures), formatDate(date), component.nombre, component.plan.titulo),
  };
}

/** From the snapshot the activity page shows: one computation of its figures per page, at thousands of activities. */
export function getActivityShare(snapshot: ActivitySnapshot): PageShare {
  const { activity } = snapshot;
  const figures = getHeadlineFigures(snapshot.summary, undefined, 'activity');
  return {
    image: getComponentCardPath(activity.component),
    description: t.share.descriptions.activity(formatHeadline(figures), formatDate(snapshot.date), activity.nombre, activity.plan.titulo),
  };
}

/** The size link previews ask for (Open Graph's large image, 1.91:1). */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** An element of the card's drawing, in the shape Satori reads (React elements without React). */
export interface CardElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

/** The typeface the card is drawn in; the renderer loads its files (Public Sans, SIL Open Font License). */
export const CARD_FONT = 'Public Sans';
const CARD_TEXT = '#1b1b1b';
const CARD_MUTED = '#4a4a4a';

function box(style: Record<string, string | number>, children?: string | CardElement | CardElement[]): CardElement {
  return { type: 'div', props: { style, children } };
}

/** Text that may be long: cut at `lines` lines with an ellipsis, never drawn over the next block. */
function clampedText(text: string, lines: number, style: Record<string, string | number>): CardElement {
  return box({ display: 'block', lineClamp: lines, overflow: 'hidden', ...style }, text);
}

function figureBlock({ value, label, semaphore }: HeadlineFigure): CardElement {
  const color = SEMAPHORE_COLORS[semaphore];
  return box({ display: 'flex', flexDirection: 'column', flex: 1, paddingLeft: 28, borderLeft: `12px solid ${color}` }, [
    box({ display: 'flex', alignItems: 'center', gap: 20 }, [
      box({ fontSize: 104, fontWeight: 800, lineHeight: 1, color }, formatPercent(value)),
      box({ padding: '6px 18px', borderRadius: 999, background: color, color: '#ffffff', fontSize: 28, fontWeight: 800 }, t.ui.semaphore[semaphore]),
    ]),
    clampedText(label, 2, { marginTop: 10, fontSize: 30, fontWeight: 800, color: CARD_TEXT }),
  ]);
}

/**
 * The card's drawing: the entity's band on top, then the page's title, the date of its
 * figures and the figures, each with its semáforo colour and word.
 */
export function toShareCardTree(card: ShareCard, entity: string, brand: string): CardElement {
  const body: CardElement[] = [
    clampedText(card.kicker, 1, { fontSize: 28, color: CARD_MUTED }),
    clampedText(card.title, card.figures.length > 0 ? 2 : 4, { marginTop: 8, fontSize: 54, fontWeight: 800, lineHeight: 1.1, color: CARD_TEXT }),
  ];
  if (card.date) body.push(box({ marginTop: 14, fontSize: 30, color: CARD_TEXT }, card.date));
  if (card.figures.length > 0) body.push(box({ display: 'flex', gap: 40, marginTop: 'auto' }, card.figures.map(figureBlock)));
  return box({ display: 'flex', flexDirection: 'column', ...SHARE_CARD_SIZE, background: '#ffffff', fontFamily: CARD_FONT }, [
    box({ display: 'flex', flexDirection: 'column', padding: '28px 64px', background: brand, color: '#ffffff' }, [
      clampedText(entity, 1, { fontSize: 38, fontWeight: 800 }),
      box({ fontSize: 26 }, t.ui.siteTitle),
    ]),
    box({ display: 'flex', flexDirection: 'column', flex: 1, padding: '36px 64px 48px' }, body),
  ]);
}
