import type { FastifyInstance } from 'fastify'

/** Liveness for load balancers and monitoring: cheap, and says nothing about any user. */
export async function healthRoutes(app: FastifyInstance) {
  app.get('/health', { config: { rateLimit: false } }, async () => ({ status: 'UP', uptimeSeconds: Math.round(process.uptime()) }))
}
