/**
 * The pictures a learner can choose instead of a password: easy to tell apart and to name.
 * Drawn as small SVGs (LearnerPicture.svelte), never emoji: many phones in use lack the newest
 * emoji font and would show an empty box.
 */
export interface AvatarShape {
	d: string;
	fill: string;
}

export const AVATARS = [
	{
		id: 'hoa-sen',
		label: 'Hoa sen',
		shapes: [
			{ d: 'M12 3c2.5 3 3 7 0 12-3-5-2.5-9 0-12z', fill: '#e05a8a' },
			{ d: 'M4 8c4 0 7 3 8 7-4 0-7-2-8-7zM20 8c-4 0-7 3-8 7 4 0 7-2 8-7z', fill: '#f28db2' },
			{ d: 'M3 16c3 3 15 3 18 0-2 4-16 4-18 0z', fill: '#2e8b57' }
		]
	},
	{
		id: 'mat-troi',
		label: 'Mặt trời',
		shapes: [
			{ d: 'M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10z', fill: '#f5a300' },
			{
				d: 'M11 1h2v4h-2zM11 19h2v4h-2zM1 11h4v2H1zM19 11h4v2h-4zM4.2 5.6l1.4-1.4 2.8 2.8-1.4 1.4zM15.6 17l1.4-1.4 2.8 2.8-1.4 1.4zM4.2 18.4l2.8-2.8 1.4 1.4-2.8 2.8zM15.6 7l2.8-2.8 1.4 1.4L17 8.4z',
				fill: '#e08600'
			}
		]
	},
	{
		id: 'con-ca',
		label: 'Con cá',
		shapes: [
			{ d: 'M2 12c3-5 10-6 15 0-5 6-12 5-15 0z', fill: '#2f7fd1' },
			{ d: 'M16 12l6-5v10z', fill: '#1d5fa3' },
			{ d: 'M7 10.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6z', fill: '#fff' }
		]
	},
	{
		id: 'cay-tre',
		label: 'Cây tre',
		shapes: [
			{ d: 'M8 2h3v20H8zM14 5h3v17h-3z', fill: '#3f9b3f' },
			{ d: 'M8 8h3v1H8zM8 15h3v1H8zM14 11h3v1h-3zM14 17h3v1h-3z', fill: '#1f5f1f' },
			{ d: 'M11 8c3-3 6-4 9-3-3 2-6 3-9 3zM8 12C6 9 3 8 1 9c2 2 4 3 7 3z', fill: '#5cbf4f' }
		]
	},
	{
		id: 'ngoi-sao',
		label: 'Ngôi sao',
		shapes: [
			{
				d: 'M12 2l2.9 6.6 7.1.6-5.4 4.7 1.6 7L12 17.2 5.8 20.9l1.6-7L2 9.2l7.1-.6z',
				fill: '#f2b705'
			}
		]
	},
	{
		id: 'con-meo',
		label: 'Con mèo',
		shapes: [
			{ d: 'M4 3l5 5h6l5-5v11a8 8 0 0 1-16 0z', fill: '#8a6d52' },
			{
				d: 'M8.5 11a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM15.5 11a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z',
				fill: '#fff'
			},
			{ d: 'M11 16h2l-1 1.5z', fill: '#e05a8a' }
		]
	},
	{
		id: 'qua-cam',
		label: 'Quả cam',
		shapes: [
			{ d: 'M12 5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17z', fill: '#f27a1a' },
			{ d: 'M12 6c0-3 3-4 6-4-1 3-3 4-6 4z', fill: '#3f9b3f' }
		]
	},
	{
		id: 'chiec-la',
		label: 'Chiếc lá',
		shapes: [
			{ d: 'M4 20C3 10 10 3 21 3c0 11-7 18-17 17z', fill: '#4caf50' },
			{ d: 'M4.5 19.5L17 7l.7.7L5.2 20.2z', fill: '#2e7d32' }
		]
	}
] as const satisfies readonly { id: string; label: string; shapes: readonly AvatarShape[] }[];

export type AvatarId = (typeof AVATARS)[number]['id'];

export function avatar(id: string) {
	return AVATARS.find((a) => a.id === id) ?? AVATARS[0];
}
