/**
 * The profile: the member subpackage shows it, and the sync engine (main package) sends the date
 * of birth the age check needs (§1.6, §12.2) through updateProfile.
 */
import * as profile from './profile'
import { r } from './route-def'

export const profileRoutes = {
  getProfile: r({
    method: 'GET',
    path: '/v1/me/profile',
    auth: 'user',
    summary: 'Profile',
    response: profile.profileDto,
  }),
  updateProfile: r({
    method: 'PUT',
    path: '/v1/me/profile',
    auth: 'user',
    summary: 'Update profile',
    body: profile.updateProfileBody,
    response: profile.profileDto,
  }),
} as const
