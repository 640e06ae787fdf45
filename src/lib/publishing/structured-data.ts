/**
 * Structured data (schema.org in JSON-LD) for search engines and open-data catalogues: the
 * entity that publishes the site on every page, and on a plan's data page a catalogue of its
 * datasets, as Google Dataset Search reads them and a DCAT harvester (datos.gov.co) maps them.
 *
 * Every date comes from the content (cut-offs, publication dates, evidence dates), never from
 * the day of the build: the same content gives the same pages, and a catalogue is told the
 * data changed only when it did. Absolute addresses exist only when the site has one
 * (SITE_URL); without it, nodes carry no address at all rather than one a harvester would
 * resolve against the wrong page.
 */
import type { Plan, ReportedPeriod } from '../content/catalog';
import { compareDates, getYearStart, type PlainDate } from '../content/dates';
import { toScriptJson } from './escape';
import { formatDate } from '../i18n/format';
import { t } from '../i18n';
import { getColumns, getDataSets, productRowSchema, evidenceRowSchema, toAbsoluteUrl, toPublishedUrl, type DataFile, type DataSet, type SiteUrl } from './open-data';
import { getDataPath, toFragmentId } from '../site/routes';
import type { SiteData } from '../content/schemas';
import { getAsOfDate } from '../progress/views';

const s = t.structuredData;

/** The vocabulary every block uses; tests expand it offline with schema.org's own context. */
export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** The entity as other nodes point at it: its type and name travel with the @id, for readers that do not join nodes. */
export interface OrganizationReference {
  '@type': 'GovernmentOrganization';
  '@id': string;
  name: string;
}

export interface OrganizationNode extends OrganizationReference {
  url?: string;
  logo?: string;
  slogan?: string;
  email?: string;
  telephone?: string;
  address?: { '@type': 'PostalAddress'; streetAddress: string; addressCountry: string };
}

export interface DataDownloadNode {
  '@type': 'DataDownload';
  name: string;
  contentUrl: string;
  /** The media type without parameters, as DCAT's mediaType expects it: text/csv, application/json. */
  encodingFormat: string;
}

/** What a catalogue and each of its datasets both say: what it is, in which language, whose, and under which licence. */
interface DescribedNode {
  '@id'?: string;
  name: string;
  description: string;
  url?: string;
  inLanguage: string;
  keywords: string[];
  license?: string;
  creator: OrganizationReference;
  publisher: OrganizationReference;
  dateModified?: PlainDate;
}

export interface DatasetNode extends DescribedNode {
  '@type': 'Dataset';
  isAccessibleForFree: true;
  /** An ISO 8601 interval of plain dates: the plan's first day, then the last day the data describes. */
  temporalCoverage: string;
  datePublished?: PlainDate;
  variableMeasured: string[];
  distribution?: DataDownloadNode[];
}

export interface DataCatalogNode extends DescribedNode {
  '@type': 'DataCatalog';
  dataset: DatasetNode[];
}

export type StructuredDataNode = OrganizationNode | DataCatalogNode;

/** The country every entity this site is made for is in: Colombian public entities (Ley 1712 de 2014). */
const COUNTRY = 'CO';

/**
 * The entity's identifier on every page: one address for the whole site when it has one, so
 * crawlers join the pages' blocks; without it a blank node, which only names it within a page.
 */
export function getOrganizationId(site: SiteUrl): string {
  const home = toAbsoluteUrl('/', site);
  return home ? `${home}#entidad` : '_:entidad';
}

function toOrganizationReference(siteData: SiteData, site: SiteUrl): OrganizationReference {
  return { '@type': 'GovernmentOrganization', '@id': getOrganizationId(site), name: siteData.entidad };
}

/** An address as a node may carry it: absolute, or none (a site path without SITE_URL). */
function toAbsoluteLink(url: string, site: SiteUrl): string | undefined {
  const published = toPublishedUrl(url, site);
  return URL.canParse(published) ? new URL(published).href : undefined;
}

/**
 * The entity that publishes the site. Its address is its own web site when sitio.yaml gives
 * one (this site is one of its publications), else this site's home page.
 */
export function toOrganization(siteData: SiteData, site: SiteUrl): OrganizationNode {
  const { contacto, logo, lema } = siteData;
  const url = (contacto.web && toAbsoluteLink(contacto.web, site)) ?? toAbsoluteUrl('/', site);
  const logoUrl = logo && toAbsoluteUrl(logo.src, site);
  return {
    ...toOrganizationReference(siteData, site),
    ...(url && { url }),
    ...(logoUrl && { logo: logoUrl }),
    ...(lema && { slogan: lema }),
    ...(contacto.correo && { email: contacto.correo }),
    ...(contacto.telefono && { telephone: contacto.telefono }),
    ...(contacto.direccion && { address: { '@type': 'PostalAddress' as const, streetAddress: contacto.direccion, addressCountry: COUNTRY } }),
  };
}

function getLatest(dates: readonly PlainDate[]): PlainDate | undefined {
  return dates.reduce<PlainDate | undefined>((latest, date) => (latest === undefined || compareDates(date, latest) > 0 ? date : latest), undefined);
}

/** A file's media type as catalogues match it: CSV's charset parameter is part of the HTTP header only. */
function toEncodingFormat(file: DataFile): string {
  return file.mediaType.split(';')[0]!.trim();
}

/**
 * When a set's data was published and last changed, as the content states it. A period's
 * products are counted at its cut-off, and its report may give a publication date; evidence
 * changes with each new piece of evidence.
 */
function getSetDates(plan: Plan, period: ReportedPeriod | undefined): { datePublished?: PlainDate; dateModified?: PlainDate; coverageEnd: PlainDate } {
  if (period) {
    const { corte, publicacion } = period;
    // A fe de erratas rewrites the period's files: harvesters must see them as changed.
    const corrections = period.report.erratas.map((errata) => errata.fecha);
    return {
      ...(publicacion && { datePublished: publicacion }),
      dateModified: getLatest([corte, ...(publicacion ? [publicacion] : []), ...corrections])!,
      coverageEnd: corte,
    };
  }
  const newest = getLatest(plan.tasks.flatMap((task) => task.evidence.map((evidence) => evidence.fecha)));
  return { ...(newest && { dateModified: newest }), coverageEnd: getAsOfDate(plan) };
}

function toDataset(plan: Plan, set: DataSet, context: { organization: OrganizationReference; page: string | undefined; license: string | undefined; site: SiteUrl }): DatasetNode {
  const { organization, page, license, site } = context;
  const [csv] = set.files;
  const { period } = set;
  const { coverageEnd, ...dates } = getSetDates(plan, period);
  const key = csv.name.replace(/\.csv$/, '');
  const distribution = set.files.flatMap((file) => {
    const contentUrl = toAbsoluteUrl(`${getDataPath(plan.id)}${file.name}`, site);
    return contentUrl ? [{ '@type': 'DataDownload' as const, name: file.title, contentUrl, encodingFormat: toEncodingFormat(file) }] : [];
  });
  return {
    '@type': 'Dataset',
    ...(page && { '@id': `${page}#conjunto-${key}` }),
    name: period ? s.productsName(period.nombre, plan.titulo) : s.evidenceName(plan.titulo),
    description: period ? s.productsDescription(period.nombre, plan.titulo, formatDate(period.corte)) : s.evidenceDescription(plan.titulo),
    // The page has one section per file: the set is described from its first file's section on.
    ...(page && { url: `${page}#${toFragmentId('archivo', csv.name)}` }),
    inLanguage: t.locale,
    keywords: [...s.keywords, String(plan.anio)],
    isAccessibleForFree: true,
    ...(license && { license }),
    creator: organization,
    publisher: organization,
    temporalCoverage: `${getYearStart(plan.anio)}/${coverageEnd}`,
    ...dates,
    variableMeasured: getColumns(period ? productRowSchema : evidenceRowSchema).map((column) => column.name),
    ...(distribution.length > 0 && { distribution }),
  };
}

/**
 * A plan's data page as a catalogue: one dataset per reported period (its products, in CSV
 * and JSON) and one with every piece of evidence. The JSON Schemas describe the files rather
 * than hold data, so they are no dataset of their own.
 */
export function toDataCatalog(plan: Plan, siteData: SiteData, site: SiteUrl, sets: readonly DataSet[] = getDataSets(plan, site)): DataCatalogNode {
  const organization = toOrganizationReference(siteData, site);
  const page = toAbsoluteUrl(getDataPath(plan.id), site);
  const license = toAbsoluteLink(siteData.licencia.url, site);
  const dataset = sets.map((set) => toDataset(plan, set, { organization, page, license, site }));
  const dateModified = getLatest(dataset.flatMap((item) => (item.dateModified ? [item.dateModified] : [])));
  return {
    '@type': 'DataCatalog',
    ...(page && { '@id': `${page}#catalogo` }),
    name: s.catalogName(plan.titulo),
    description: t.ui.data.planIntro(plan.titulo),
    ...(page && { url: page }),
    inLanguage: t.locale,
    keywords: [...s.keywords, String(plan.anio)],
    ...(license && { license }),
    creator: organization,
    publisher: organization,
    ...(dateModified && { dateModified }),
    dataset,
  };
}

/** A node as the text of a <script type="application/ld+json"> element, safe whatever the content says. */
export function toJsonLd(node: StructuredDataNode): string {
  return toScriptJson({ '@context': SCHEMA_ORG_CONTEXT, ...node });
}
