package com.scalemart.catalog.product.web;

import java.net.URI;

import com.scalemart.catalog.product.Product;
import com.scalemart.catalog.product.ProductManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators create, replace and delete products; writes name the version they read.
 */
@RestController
@RequestMapping(path = "/api/products", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
class ProductAdminController {

	private final ProductManagement management;

	ProductAdminController(ProductManagement management) {
		this.management = management;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request) {
		Product created = this.management.create(request.toDraft());
		return ResponseEntity.created(URI.create("/api/products/" + created.id()))
			.eTag(EntityTags.of(created))
			.body(ProductResponse.of(created));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProductResponse> replace(@PathVariable @Positive long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ProductRequest request) {
		Product replaced = this.management.replace(id, EntityTags.expectedVersion(ifMatch), request.toDraft());
		return ResponseEntity.ok().eTag(EntityTags.of(replaced)).body(ProductResponse.of(replaced));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable @Positive long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		this.management.delete(id, EntityTags.expectedVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
