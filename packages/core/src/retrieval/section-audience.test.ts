import { describe, expect, it } from 'vitest';
import { asksAboutAdministration, documentAudience, headingAudience, isAdminAside, sectionAudience } from './section-audience.js';

const section = (headings: string[], audience: string | null = 'all') => ({
  sectionPath: ['Two-factor authentication', ...headings],
  document: { audience },
});

describe('headingAudience', () => {
  it('recognises headings set apart for admins, as the acme articles and common help centers write them', () => {
    for (const heading of [
      'Require 2FA for everyone (admins)', // acme two-factor-authentication.md
      'Signing out a member (admins)', // acme active-sessions.md
      'Break-glass access for Owners', // acme sso-overview.md
      'Requiring two-factor authentication for everyone (admins)',
      'For admins',
      'For workspace owners: transferring ownership',
      'Administrators: enforcing SSO',
      'Workspace owners',
      'Owners and admins',
      'Exporting data (Admin only)',
      'Admin-only settings',
      'Managing members as an admin',
    ])
      expect(headingAudience(heading), heading).toBe('admin');
  });

  it('recognises headings addressed to members', () => {
    expect(headingAudience('For members')).toBe('end-user');
    expect(headingAudience('Setting up 2FA (end users)')).toBe('end-user');
  });

  it('leaves headings that only mention a role, or describe one, to the document', () => {
    for (const heading of [
      'Turn on 2FA',
      'Lost your phone or key?',
      'Owner', // acme roles-and-permissions.md describes the role
      'Billing admin',
      'What admins can see',
      'Notes on specific roles',
      'Tips for API users',
      'Who can export',
      'Administrative fees',
    ])
      expect(headingAudience(heading), heading).toBeNull();
  });
});

describe('documentAudience', () => {
  it('reads the front matter audience', () => {
    expect(documentAudience('admin')).toBe('admin');
    expect(documentAudience('Admins, owners')).toBe('admin');
    expect(documentAudience('end-user')).toBe('end-user');
    for (const value of ['all', 'developer', 'enterprise', 'admin, developer', '', null])
      expect(documentAudience(value), String(value)).toBe('any');
  });
});

describe('sectionAudience', () => {
  it('takes the deepest heading that names an audience, else the document', () => {
    expect(sectionAudience(section(['Require 2FA for everyone (admins)']))).toBe('admin');
    expect(sectionAudience(section(['For admins', 'Grace periods']))).toBe('admin');
    expect(sectionAudience(section(['For admins', 'For members']))).toBe('end-user');
    expect(sectionAudience(section(['Turn on 2FA']))).toBe('any');
    expect(sectionAudience(section(['Turn on 2FA'], 'admin'))).toBe('admin');
    expect(sectionAudience(section(['For members'], 'admin'))).toBe('end-user');
  });

  it('ignores the title, which the front matter speaks for (BEIR titles are questions anyone asks)', () => {
    expect(sectionAudience({ sectionPath: ['How do I become an admin (Google Workspace)?'], document: { audience: null } })).toBe('any');
  });
});

describe('isAdminAside', () => {
  it('marks an admin section of an article that also speaks to other readers, not a whole admin article', () => {
    expect(isAdminAside(section(['Require 2FA for everyone (admins)']))).toBe(true);
    expect(isAdminAside(section(['Turn on 2FA']))).toBe(false);
    expect(isAdminAside(section(['Accepted payment methods'], 'admin'))).toBe(false);
    expect(isAdminAside(section(['Break-glass access for Owners'], 'admin'))).toBe(false);
  });
});

describe('asksAboutAdministration', () => {
  it('spots questions that name the admin role or act on every member', () => {
    expect(asksAboutAdministration('As an admin, how do I make two-factor authentication mandatory for all members?')).toBe(true);
    expect(asksAboutAdministration('How do I make 2FA mandatory for all of our users?')).toBe(true);
    expect(asksAboutAdministration('Can the workspace owner reset my 2FA?')).toBe(true);
    expect(asksAboutAdministration('How do I require 2FA for everyone?')).toBe(true);
    expect(asksAboutAdministration('How do I turn on two-factor authentication?')).toBe(false);
    expect(asksAboutAdministration("I lost my phone and can't get my 2FA code")).toBe(false);
  });
});
