package se.vendorscreening.web.internal;

import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import se.vendorscreening.screening.ResultsViewed;

/** Downloads of a run's files (PDF, workbook, CSVs, letters), each in the audit trail. */
@Controller
class RunFilesController {

  private final RunFiles files;
  private final ApplicationEventPublisher events;

  RunFilesController(RunFiles files, ApplicationEventPublisher events) {
    this.files = files;
    this.events = events;
  }

  @GetMapping("/runs/{runId}/files/{name:.+}")
  ResponseEntity<Resource> download(
      @PathVariable String runId, @PathVariable String name, Principal user) {
    Path file =
        files
            .file(runId, name)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    events.publishEvent(new ResultsViewed(runId, user.getName(), List.of(), "file:" + name));
    MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new FileSystemResource(file));
  }
}
