/** The mobile API: JAX-RS resources and DTOs for the phone apps under /api/v1, JWT-secured. */
package cn.ggzy.mobileapi;
