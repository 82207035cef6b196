package io.emoticctv.portal.cameras;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/**
 * The camera map ({@code emoticctv.map.*}).
 *
 * @param tileUrl the map tiles, a Leaflet URL template such as {@code
 *     https://tile.openstreetmap.org/{z}/{x}/{y}.png}; a site without internet points it at its
 *     own tile server; a tile URL set in the site settings (Admin → Settings) takes precedence
 * @param attribution the tiles' copyright notice, shown on the map
 */
@ConfigurationProperties("emoticctv.map")
public record MapSettings(@NotBlank String tileUrl, @NotBlank String attribution) {}
