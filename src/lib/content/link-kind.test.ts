import { describe, expect, test } from 'vitest';
import { getLinkKind } from './link-kind';

describe('getLinkKind', () => {
  test('infers a video link from a YouTube address, short or long', () => {
    expect(getLinkKind('https://www.youtube.com/watch?v=hUYCEN1ylVY')).toBe('video');
    expect(getLinkKind('https://youtu.be/hUYCEN1ylVY')).toBe('video');
    expect(getLinkKind('https://m.youtube.com/live/abc123')).toBe('video');
    expect(getLinkKind('HTTPS://WWW.YOUTUBE.COM/@ENTerritorio')).toBe('video');
  });

  test('infers a video link from Vimeo and from the video and live pages of social networks', () => {
    expect(getLinkKind('https://vimeo.com/123456')).toBe('video');
    expect(getLinkKind('https://www.facebook.com/ENTerritorio/videos/1234567890/')).toBe('video');
    expect(getLinkKind('https://www.facebook.com/watch/?v=1234567890')).toBe('video');
    expect(getLinkKind('https://www.facebook.com/watch/live/?v=1234567890')).toBe('video');
    expect(getLinkKind('https://fb.watch/abcDEF/')).toBe('video');
    expect(getLinkKind('https://www.instagram.com/reel/Cabc123/')).toBe('video');
    expect(getLinkKind('https://www.instagram.com/enterritorio/live/')).toBe('video');
  });

  test('keeps other pages of social networks as web pages', () => {
    expect(getLinkKind('https://www.facebook.com/ENTerritorio')).toBe('web');
    expect(getLinkKind('https://www.facebook.com/events/123/')).toBe('web');
    expect(getLinkKind('https://www.instagram.com/p/Cabc123/')).toBe('web');
  });

  test('infers a document from the file extension, whatever the site or query', () => {
    for (const url of [
      'https://www.enterritorio.gov.co/documents/plan-2021.pdf',
      'https://www.entidad.gov.co/acta.PDF?descarga=1',
      'https://www.entidad.gov.co/informe.docx#pagina=2',
      'https://www.entidad.gov.co/datos.xlsx',
      'https://www.entidad.gov.co/datos.ods',
      'https://www.entidad.gov.co/presentacion.pptx',
      'https://www.entidad.gov.co/datos.csv',
      'https://www.entidad.gov.co/anexos.zip',
      'https://docs.google.com/document/d/abc/edit',
    ]) {
      expect(getLinkKind(url), url).toBe('documento');
    }
  });

  test('infers a document for every path of this site under /documentos/ and for files of the site', () => {
    expect(getLinkKind('/documentos/2021/informe-avance-2021-i-semestre.txt')).toBe('documento');
    expect(getLinkKind('/documentos/2021/actas/')).toBe('documento');
    expect(getLinkKind('/anexos/acta.pdf')).toBe('documento');
    expect(getLinkKind('/videos/foro.mp4')).toBe('video');
  });

  test('leaves web pages, e-mail addresses and unreadable addresses as web', () => {
    expect(getLinkKind('https://www.enterritorio.gov.co/web/calendar-field_fecha/month')).toBe('web');
    expect(getLinkKind('https://www.entidad.gov.co/pdf/noticias')).toBe('web');
    expect(getLinkKind('/2021/')).toBe('web');
    expect(getLinkKind('mailto:participacion@entidad.gov.co')).toBe('web');
    expect(getLinkKind('no es una dirección')).toBe('web');
  });
});
