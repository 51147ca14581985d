/** The pictures a learner can choose instead of a password: easy to tell apart and to name. */
export const AVATARS = [
	{ id: 'hoa-sen', symbol: '🪷', label: 'Hoa sen' },
	{ id: 'mat-troi', symbol: '☀️', label: 'Mặt trời' },
	{ id: 'con-ca', symbol: '🐟', label: 'Con cá' },
	{ id: 'cay-tre', symbol: '🎋', label: 'Cây tre' },
	{ id: 'ngoi-sao', symbol: '⭐', label: 'Ngôi sao' },
	{ id: 'con-meo', symbol: '🐈', label: 'Con mèo' },
	{ id: 'qua-cam', symbol: '🍊', label: 'Quả cam' },
	{ id: 'chiec-la', symbol: '🍃', label: 'Chiếc lá' }
] as const;

export type AvatarId = (typeof AVATARS)[number]['id'];

export function avatar(id: string) {
	return AVATARS.find((a) => a.id === id) ?? AVATARS[0];
}
